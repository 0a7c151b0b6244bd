import { describe, expect, it } from "vitest";
import { getFlow } from "@/content/flows";
import { type StepLookups, resolveStep } from "./resolve-step";
import type { StepModel } from "./step-model";
import { parseHref } from "./step-url";

const flow = getFlow("pat-not-authorized")!;
const before = Date.parse("2026-11-20T12:00:00Z");
const lookups: StepLookups = {
  rule: (id) => flow.rules.find((rule) => rule.id === id),
  live: () => null,
};

/** The model a page gets for a URL, down the same path as the product's loader. */
function modelAt(href: string): StepModel {
  const step = resolveStep(flow, parseHref(href)!, before, lookups);
  if (!("model" in step)) throw new Error(`redirected to ${step.redirect}`);
  return step.model;
}

describe("the step view model", () => {
  it("links each choice to the path extended by its answer", () => {
    const model = modelAt("/pat-not-authorized/services");
    expect(model.stateId).toBe("symptom");
    expect(model.choices.map((c) => c.href)).toEqual([
      "/pat-not-authorized/services/not-authorized",
      "/pat-not-authorized/services/token-expired",
      "/pat-not-authorized/services/conditional-access",
      "/pat-not-authorized/services/something-else",
    ]);
    expect(model.previousHref).toBe("/pat-not-authorized");
    expect(model.startHref).toBe("/pat-not-authorized");
  });

  it("links each answer in the trail back to where it was asked, saying who gave it", () => {
    const model = modelAt("/pat-not-authorized/services/not-authorized/one-organization");
    expect(model.trail).toMatchObject([
      {
        question: "Azure DevOps hosting",
        answer: "Azure DevOps Services",
        href: "/pat-not-authorized",
        source: "person",
      },
      {
        question: "Error seen",
        answer: "Not authorized (401 from the profile service)",
        href: "/pat-not-authorized/services",
        source: "person",
      },
      {
        question: flow.content.steps.tokenOrganization!.topic,
        answer: "One specific organization",
        href: "/pat-not-authorized/services/not-authorized",
        source: "person",
      },
    ]);
    expect(model.previousHref).toBe("/pat-not-authorized/services/not-authorized");
  });

  it("has no choices at an outcome", () => {
    expect(modelAt("/pat-not-authorized/server/still-not-authorized")).toMatchObject({
      stateId: "serverHandoff",
      outcome: "escalate",
      choices: [],
    });
  });

  it("keeps paste provenance on every link, and marks the answers the paste gave", () => {
    const model = modelAt(
      "/pat-not-authorized/services/not-authorized/one-organization?paste=profile-api-401~0&n=2",
    );
    expect(model.trail.map((t) => t.source)).toEqual(["paste", "paste", "person"]);
    expect(model.trail.map((t) => t.href)).toEqual([
      "/pat-not-authorized",
      "/pat-not-authorized/services?paste=profile-api-401%7E0&n=1",
      "/pat-not-authorized/services/not-authorized?paste=profile-api-401%7E0&n=2",
    ]);
    expect(model.choices[0]?.href).toBe(
      "/pat-not-authorized/services/not-authorized/one-organization/global?paste=profile-api-401%7E0&n=2",
    );
    expect(model.paste).toMatchObject({ rule: "profile-api-401", count: 2 });
  });

  it("ignores a paste rule of another flow", () => {
    const model = modelAt("/pat-not-authorized/services?paste=oauth-connection-error~0&n=1");
    expect(model.paste).toBeNull();
    expect(model.trail.map((t) => t.source)).toEqual(["person"]);
  });

  it("marks live reads, and carries every mark to the map and back", () => {
    const marks = "paste=profile-api-401%7E0&n=2&live=2&agent=1";
    const model = modelAt(`/pat-not-authorized/services/not-authorized/one-organization?${marks}`);
    expect(model.trail.map((t) => t.source)).toEqual(["paste", "paste", "live"]);
    expect(model.mapHref).toBe(
      `/map/pat-not-authorized/services/not-authorized/one-organization?${marks}`,
    );
    const map = modelAt(model.mapHref);
    expect(map.map).not.toBeNull();
    expect(map.currentHref).toBe(
      `/pat-not-authorized/services/not-authorized/one-organization?${marks}`,
    );
    expect(map.map!.entries.find((e) => e.id === "symptom")?.href).toBe(
      "/pat-not-authorized/services?paste=profile-api-401%7E0&n=1&agent=1",
    );
  });

  it("lists the branches not taken, and links the agent view and the share link", () => {
    const model = modelAt("/pat-not-authorized/services");
    expect(model.trail[0]?.notTaken).toEqual(["Azure DevOps Server or TFS"]);
    expect(model.agentToggleHref).toBe("/pat-not-authorized/services?agent=1");
    expect(model.shareHref).toBe(`/pat-not-authorized/services?v=${flow.version}`);
  });

  it("sends a link with answers that do not fit to the longest path that does, with a notice", () => {
    const step = resolveStep(
      flow,
      parseHref("/pat-not-authorized/services/nonsense/x?agent=1")!,
      before,
      lookups,
    );
    expect(step).toEqual({
      redirect: "/pat-not-authorized/services?agent=1&dropped=2&first=nonsense",
    });
  });

  it("keeps an embed's readable theme on its links and drops an unreadable accent", () => {
    const readable = modelAt("/embed/pat-not-authorized?theme=dark&accent=93c5fd");
    expect(readable.embed).toEqual({ dark: true, accent: "93c5fd" });
    expect(readable.choices[0]?.href).toBe(
      "/embed/pat-not-authorized/services?theme=dark&accent=93c5fd",
    );
    expect(readable.shareHref).toBe(`/pat-not-authorized?v=${flow.version}`);
    const unreadable = modelAt("/embed/pat-not-authorized?accent=ffff00");
    expect(unreadable.embed).toEqual({ dark: false, accent: null });
    expect(unreadable.choices[0]?.href).toBe("/embed/pat-not-authorized/services");
  });
});
