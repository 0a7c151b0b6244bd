import { describe, expect, it } from "vitest";
import { getFlow } from "@/content/flows";
import { type StepLookups, resolveStep } from "./resolve-step";
import { parseHref } from "./step-url";
import { summaryMarkdown, summaryOf } from "./summary";
import { FAKE_PAT } from "./triage/fakes";
import { redact } from "./triage/redact";

const flow = getFlow("pat-not-authorized")!;
const before = Date.parse("2026-11-20T12:00:00Z");
const lookups: StepLookups = {
  rule: (id) => flow.rules.find((rule) => rule.id === id),
  live: () => null,
};

/** The summary a page hands its Copy button, made down the product's own path. */
function summaryAt(href: string) {
  const step = resolveStep(flow, parseHref(href)!, before, lookups);
  if (!("model" in step)) throw new Error(`redirected to ${step.redirect}`);
  return summaryOf(step.model);
}

describe("the summary for a ticket", () => {
  const summary = summaryAt(
    "/pat-not-authorized/services/not-authorized/one-organization/global?paste=profile-api-401~0&n=2&live=2",
  );
  const errorLines = redact(`Unauthorized (401) pat=${FAKE_PAT}`).text.split("\n");
  const markdown = summaryMarkdown(summary, {
    origin: "https://guidepath.example.test",
    errorLines,
  });

  it("lists every answer with where it came from, in the one wording the product uses", () => {
    expect(markdown).toContain(
      "| 1 | Azure DevOps hosting | Azure DevOps Services | from a pasted error (rule profile-api-401) |",
    );
    expect(markdown).toContain(
      "| 2 | Error seen | Not authorized (401 from the profile service) | from a pasted error (rule profile-api-401) |",
    );
    const row = (state: string, answer: string) => {
      const step = flow.content.steps[state]!;
      return `| ${step.topic} | ${step.choices[answer]!.summary ?? step.choices[answer]!.label} |`;
    };
    expect(markdown).toContain(
      `| 3 ${row("tokenOrganization", "one-organization")} read from the organization's settings |`,
    );
    expect(markdown).toContain(`| 4 ${row("createToken", "global")} answered by the person |`);
  });

  it("names the flow, version, step reached and the absolute link", () => {
    expect(markdown).toMatch(
      new RegExp(`^### Guidepath: ${flow.content.title} \\(version ${flow.version}\\)`),
    );
    expect(markdown).toContain(
      `**Step reached:** ${flow.content.steps.createGlobalToken!.title} (in progress)`,
    );
    expect(markdown).toContain(
      `**Link:** https://guidepath.example.test/pat-not-authorized/services/not-authorized/one-organization/global?paste=profile-api-401%7E0&n=2&live=2&v=${flow.version}`,
    );
    expect(markdown).not.toMatch(/function|LINK_TOKEN|__GUIDEPATH/);
  });

  it("carries the matched error redacted, and no secret", () => {
    expect(markdown).toContain(
      "**Matched error:** `_apis/profile/profiles/me` (rule profile-api-401)",
    );
    expect(markdown).toContain("[REDACTED Azure DevOps personal access token]");
    expect(markdown).not.toContain(FAKE_PAT);
  });

  it("says what to hand over at an escalation", () => {
    const escalated = summaryMarkdown(
      summaryAt("/pat-not-authorized/server/still-not-authorized"),
      { origin: "" },
    );
    expect(escalated).toContain("(Hand over to support)");
  });
});
