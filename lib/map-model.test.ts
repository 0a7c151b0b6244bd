import { describe, expect, it } from "vitest";
import { getFlow } from "@/content/flows";
import { mapModel } from "./map-model";
import { replay } from "./replay";
import { flowHref } from "./step-url";

const flow = getFlow("pat-not-authorized")!;
const before = { now: Date.parse("2026-11-20T12:00:00Z") };

describe("mapModel", () => {
  const result = replay(flow.machine, ["services", "not-authorized", "one-organization"], before);
  const model = mapModel(flow, result, (answers) => flowHref(flow.id, answers));

  it("has a node for every state of the machine, so a new state shows up by itself", () => {
    expect(model.layout.nodes.map((n) => n.id).sort()).toEqual(
      Object.keys(flow.machine.root.states).sort(),
    );
  });

  it("marks the path taken and the current step", () => {
    expect(model.taken).toHaveLength(3);
    expect(model.taken.every((i) => i >= 0)).toBe(true);
    expect(model.taken.map((i) => model.layout.edges[i]!.to)).toEqual([
      "symptom",
      "tokenOrganization",
      "createToken",
    ]);
    expect(model.entries.filter((e) => e.current).map((e) => e.id)).toEqual(["createToken"]);
    expect(model.entries.filter((e) => e.visited).map((e) => e.href)).toEqual([
      "/pat-not-authorized",
      "/pat-not-authorized/services",
      "/pat-not-authorized/services/not-authorized",
      "/pat-not-authorized/services/not-authorized/one-organization",
    ]);
  });

  it("labels date-bound edges with their condition", () => {
    const labels = model.entries.find((e) => e.id === "symptom")!.leadsTo.map((l) => l.label);
    expect(labels).toContain(
      "Not authorized (401 from the profile service) (from 1 December 2026)",
    );
    expect(labels).toContain(
      "Not authorized (401 from the profile service) (before 1 December 2026)",
    );
  });
});
