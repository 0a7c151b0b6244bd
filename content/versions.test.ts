import { describe, expect, it } from "vitest";
import { brokenPaths } from "@/lib/recorded-paths";
import recorded from "./recorded-paths.json";
import { flows } from "./registry";

type Record = { version: number; paths: string[] };
const records = recorded as { [flowId: string]: Record | undefined };

describe.each(flows.map((flow) => [flow.id, flow] as const))("version of %s", (id, flow) => {
  const record = records[id];

  it("says what changed in every version, ending with the current one", () => {
    const versions = flow.content.changes.map((c) => c.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(versions.at(-1)).toBe(flow.version);
  });

  it("has its answer paths recorded for the current version (npm run record-paths)", () => {
    expect(record?.version).toBe(flow.version);
  });

  it("still replays every path recorded for this version; if not, bump the version", () => {
    expect(brokenPaths(flow, record?.paths ?? [])).toEqual([]);
  });
});
