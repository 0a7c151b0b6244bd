import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { brokenPaths } from "@/lib/recorded-paths";
import { flows } from "./flows";

const recordSchema = z.strictObject({
  version: z.int().positive(),
  paths: z.array(z.string()),
});

function recordOf(flowId: string) {
  const file = join(__dirname, flowId, "recorded-paths.json");
  if (!existsSync(file)) return null;
  const read = recordSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  return read.success ? read.data : null;
}

describe.each(flows.map((flow) => [flow.id, flow] as const))("version of %s", (id, flow) => {
  const record = recordOf(id);

  it("says what changed in every version, ending with the current one", () => {
    const versions = flow.content.changes.map((c) => c.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(versions.at(-1)).toBe(flow.version);
  });

  it("has its answer paths recorded for the current version (npm run record-paths)", () => {
    expect(record?.version).toBe(flow.version);
    expect(record?.paths.length).toBeGreaterThan(0);
  });

  it("still replays every path recorded for this version; if not, bump the version", () => {
    expect(brokenPaths(flow, record?.paths ?? [])).toEqual([]);
  });
});
