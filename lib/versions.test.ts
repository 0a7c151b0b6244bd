import { describe, expect, it } from "vitest";
import { getFlow } from "@/content/registry";
import { changesSince, readVersion } from "./versions";

describe("link versions", () => {
  it("reads only an older version than the current", () => {
    expect(readVersion({ v: "1" }, 2)).toBe(1);
    expect(readVersion({ v: "2" }, 2)).toBeNull();
    expect(readVersion({ v: "3" }, 2)).toBeNull();
    expect(readVersion({ v: "0" }, 2)).toBeNull();
    expect(readVersion({ v: "1x" }, 2)).toBeNull();
    expect(readVersion({}, 2)).toBeNull();
  });

  it("lists what changed since a version", () => {
    const flow = getFlow("jira-mail-oauth")!;
    expect(changesSince(flow, 1).map((c) => c.version)).toEqual([2]);
    expect(changesSince(flow, flow.version)).toEqual([]);
  });
});
