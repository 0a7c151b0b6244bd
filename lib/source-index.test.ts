import { describe, expect, it } from "vitest";
import { flows } from "@/content/flows";
import { sourceIndex, staleSources } from "./source-index";

describe("the sources of each flow", () => {
  it.each(flows.map((flow) => [flow.id, flow] as const))(
    "%s: every source is cited by a step",
    (_id, flow) => {
      for (const entry of sourceIndex(flow))
        expect(entry.citedBy.length, entry.id).toBeGreaterThan(0);
    },
  );

  it("lists as stale what was never checked or was checked over 90 days ago", () => {
    const flow = flows[0]!;
    const [first] = Object.keys(flow.content.sources);
    const copy = {
      ...flow,
      content: {
        ...flow.content,
        sources: { [first!]: { title: "t", verified: "2026-08-01" }, never: { title: "n" } },
      },
    };
    const now = Date.parse("2026-11-29T12:00:00Z");
    expect(staleSources(copy, now).map((e) => e.id)).toEqual([first, "never"]);
    expect(staleSources(copy, Date.parse("2026-10-01T00:00:00Z")).map((e) => e.id)).toEqual([
      "never",
    ]);
  });
});
