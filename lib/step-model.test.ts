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
      "/pat-not-authorized/services/token-expired",
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
    expect(model.trail).toMatchObject([
      {
        question: "Azure DevOps hosting",
        answer: "Azure DevOps Services",
        href: "/pat-not-authorized",
        fromPaste: false,
      },
      {
        question: "Error seen",
        answer: "Not authorized (401 from the profile service)",
        href: "/pat-not-authorized/services",
        fromPaste: false,
      },
      {
        question: "Token organization",
        answer: "One specific organization",
        href: "/pat-not-authorized/services/not-authorized",
        fromPaste: false,
      },
    ]);
    expect(model.previousHref).toBe("/pat-not-authorized/services/not-authorized");
  });

  it("has no choices at an outcome", () => {
    const model = stepModel(flow, replay(flow.machine, ["server"], before));
    expect(model).toMatchObject({ stateId: "serverHandoff", outcome: "escalate", choices: [] });
  });

  it("keeps paste provenance on every link, and marks the answers the paste gave", () => {
    const paste = { rule: "profile-api-401", signature: 0, count: 2 };
    const model = stepModel(
      flow,
      replay(flow.machine, ["services", "not-authorized", "one-organization"], before),
      { base: "", paste, agent: false },
    );
    expect(model.trail.map((t) => t.fromPaste)).toEqual([true, true, false]);
    expect(model.trail.map((t) => t.href)).toEqual([
      "/pat-not-authorized",
      "/pat-not-authorized/services?paste=profile-api-401%7E0&n=1",
      "/pat-not-authorized/services/not-authorized?paste=profile-api-401%7E0&n=2",
    ]);
    expect(model.choices[0]?.href).toBe(
      "/pat-not-authorized/services/not-authorized/one-organization/created?paste=profile-api-401%7E0&n=2",
    );
  });

  it("lists the branches not taken, and links the agent view and the share link", () => {
    const model = stepModel(flow, replay(flow.machine, ["services"], before));
    expect(model.trail[0]?.notTaken).toEqual(["Azure DevOps Server or TFS"]);
    expect(model.agentToggleHref).toBe("/pat-not-authorized/services?agent=1");
    expect(model.shareHref).toBe("/pat-not-authorized/services?v=1");
  });
});
