import { describe, expect, it } from "vitest";
import { clocksAround, pathPerState } from "@/lib/flow-paths";
import { stepText } from "@/lib/step-text";
import { type Flow, getFlow } from "./registry";

/**
 * Every instruction, condition and error text of each seed article, in the words the flow uses
 * for it, must be on a step some path reaches. Matching ignores case, markup and spacing.
 */
const seedFacts: Record<string, { seed: string; facts: string[] }> = {
  "pat-not-authorized": {
    seed: "001_b239f11e6a49cf71.txt",
    facts: [
      // Problem and diagnosis
      "personal access token created in Azure DevOps is not valid for authentication",
      "Not authorized",
      "if the token was created for a specific Azure DevOps organization",
      "Rest API has thrown exception.",
      "com.bigbrassband.jira.git.exceptions.external.WrappedMicrosoftAPIException: External service error",
      "MicrosoftApi.getRepositoriesMS(MicrosoftApi.java:134)",
      "Microsoft https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=1.0 Unauthorized (401)",
      "MicrosoftClient.getUserId(MicrosoftClient.java:173)",
      // Solution: the conditions
      "must be created using All accessible organizations in the Organization dropdown",
      "either Full access or Code: Read & write",
      "The minimum requirement is Code: Read",
      // Solution: the numbered steps
      "Step 1: create a new personal access token",
      "Step 2: copy the token",
      "verify that the new token uses All accessible organizations, has sufficient scopes, is not expired and is active",
      "Step 4: paste the newly created token into Jira",
      "Step 5: click Connect",
      // Contact us
      "If you still have a question",
      "Support Desk",
      "gijsupport@gitkraken.com",
      // Newer than the seed: global PAT retirement
      "stops working on 1 December 2026",
      "stopped working on 1 December 2026",
    ],
  },
};

const normalize = (text: string) => text.toLowerCase().replace(/[“”]/g, '"').replace(/\s+/g, " ");

function reachableText(flow: Flow): string[] {
  const states = new Set(
    clocksAround(flow.dateEdges).flatMap((now) =>
      pathPerState(flow.machine, { now }).flatMap((p) => p.states),
    ),
  );
  return [...states].map((id) => {
    const step = flow.content.steps[id];
    return step ? normalize(stepText(step, flow.content.figures)) : "";
  });
}

describe.each(Object.entries(seedFacts))("seed coverage of %s", (flowId, { seed, facts }) => {
  const flow = getFlow(flowId);
  const texts = flow ? reachableText(flow) : [];

  it(`has the flow for seed ${seed}`, () => {
    expect(flow).toBeDefined();
  });

  it.each(facts)("reaches: %s", (fact) => {
    expect(texts.some((text) => text.includes(normalize(fact)))).toBe(true);
  });
});
