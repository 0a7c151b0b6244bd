import { describe, expect, it } from "vitest";
import { getFlow } from "@/content/registry";
import { replay } from "./replay";
import { stepModel } from "./step-model";

const flow = getFlow("pat-not-authorized")!;
const before = { now: Date.parse("2026-11-20T12:00:00Z") };

describe("stepModel", () => {
  it("links each choice to the path extended by its answer", () => {
    const model = stepModel(flow, replay(flow.machine, ["services"], before));
    expect(model.stateId).toBe("symptom");
    expect(model.choices.map((c) => c.href)).toEqual([
      "/pat-not-authorized/services/not-authorized",
      "/pat-not-authorized/services/other-error",
    ]);
    expect(model.previousHref).toBe("/pat-not-authorized");
    expect(model.startHref).toBe("/pat-not-authorized");
  });

  it("links each answer in the trail back to where it was asked", () => {
    const model = stepModel(
      flow,
      replay(flow.machine, ["services", "not-authorized", "one-organization"], before),
    );
    expect(model.trail).toEqual([
      {
        question: "Azure DevOps hosting",
        answer: "Azure DevOps Services",
        href: "/pat-not-authorized",
      },
      {
        question: "Error seen",
        answer: "Not authorized (401 from the profile service)",
        href: "/pat-not-authorized/services",
      },
      {
        question: "Token organization",
        answer: "One specific organization",
        href: "/pat-not-authorized/services/not-authorized",
      },
    ]);
    expect(model.previousHref).toBe("/pat-not-authorized/services/not-authorized");
  });

  it("has no choices at an outcome", () => {
    const model = stepModel(flow, replay(flow.machine, ["server"], before));
    expect(model).toMatchObject({ stateId: "serverHandoff", outcome: "escalate", choices: [] });
  });
});
