import { describe, expect, it } from "vitest";
import { getFlow } from "@/content/registry";
import { replay } from "./replay";
import { stepModel } from "./step-model";
import { summaryMarkdown } from "./summary";
import { FAKE_PAT } from "./triage/fakes";
import { redact } from "./triage/redact";

const flow = getFlow("pat-not-authorized")!;
const before = { now: Date.parse("2026-11-20T12:00:00Z") };

describe("summaryMarkdown", () => {
  const paste = { rule: "profile-api-401", signature: 0, count: 2 };
  const model = stepModel(
    flow,
    replay(flow.machine, ["services", "not-authorized", "one-organization", "created"], before),
    {
      base: "",
      paste,
      agent: false,
    },
  );
  const errorLines = redact(`Unauthorized (401) pat=${FAKE_PAT}`).text.split("\n");
  const markdown = summaryMarkdown({
    model,
    paste: { rule: "profile-api-401", words: "_apis/profile/profiles/me" },
    errorLines,
    link: `https://guidepath.example.test${model.shareHref}`,
  });

  it("lists every answer with its provenance", () => {
    expect(markdown).toContain(
      "| 1 | Azure DevOps hosting | Azure DevOps Services | pasted error (rule profile-api-401) |",
    );
    expect(markdown).toContain(
      "| 2 | Error seen | Not authorized (401 from the profile service) | pasted error (rule profile-api-401) |",
    );
    expect(markdown).toContain(
      "| 3 | Token organization | One specific organization | the person |",
    );
    expect(markdown).toContain("| 4 | New token | Created | the person |");
  });

  it("names the flow, version, step reached and link", () => {
    expect(markdown).toMatch(
      /^### Guidepath: Personal access token refused with “Not authorized” \(version 1\)/,
    );
    expect(markdown).toContain("**Step reached:** Step 2: copy the token (in progress)");
    expect(markdown).toContain(
      "**Link:** https://guidepath.example.test/pat-not-authorized/services/not-authorized/one-organization/created?paste=profile-api-401%7E0&n=2&v=1",
    );
  });

  it("carries the matched error redacted, and no secret", () => {
    expect(markdown).toContain(
      "**Matched error:** `_apis/profile/profiles/me` (rule profile-api-401)",
    );
    expect(markdown).toContain("[REDACTED Azure DevOps personal access token]");
    expect(markdown).not.toContain(FAKE_PAT);
  });

  it("says what to hand over at an escalation", () => {
    const escalated = stepModel(flow, replay(flow.machine, ["server"], before));
    expect(summaryMarkdown({ model: escalated, paste: null, link: "x" })).toContain(
      "(Hand over to support)",
    );
  });
});
