import { describe, expect, it } from "vitest";
import { getFlow } from "@/content/flows";
import { changesSince, versionNote } from "./versions";

describe("link versions", () => {
  it("notes only a link made with an older version than the current", () => {
    const flow = getFlow("jira-mail-oauth")!;
    expect(versionNote(flow, 1)).toEqual({ from: 1, changes: changesSince(flow, 1) });
    expect(versionNote(flow, flow.version)).toBeNull();
    expect(versionNote(flow, flow.version + 1)).toBeNull();
    expect(versionNote(flow, null)).toBeNull();
  });

  it("lists what changed since a version", () => {
    const flow = getFlow("jira-mail-oauth")!;
    expect(changesSince(flow, 1).map((c) => c.version)).toEqual(
      Array.from({ length: flow.version - 1 }, (_, i) => i + 2),
    );
    expect(changesSince(flow, flow.version)).toEqual([]);
  });
});
