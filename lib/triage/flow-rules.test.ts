import { describe, expect, it } from "vitest";
import { flowEntries, getFlowEntry } from "@/content/registry";
import { triageFlows } from "@/content/triage-index";
import { checkRules } from "./check-rules";
import { findRule } from "./find-rule";
import { readRuleFiles } from "./read-rule-files";
import { triage } from "./triage";

// Every flow's rules, as declared in its folder: held to its machine and to their own examples.
const root = process.cwd();
const all = flowEntries.flatMap((flow) => flow.rules.map((rule) => ({ flow: flow.id, rule })));

describe("the flows' rules", () => {
  it.each(flowEntries.map((flow) => [flow.id, flow] as const))(
    "%s: every rule's answers replay on its machine",
    (id, flow) => {
      const files = readRuleFiles(root, id);
      expect(files.map((f) => f.path)).toContain(`content/${id}/triage.ts`);
      expect(checkRules(id, flow.machine, flow.rules, files, flow.dateEdges)).toEqual([]);
    },
  );

  it("have ids unique across flows", () => {
    const ids = all.map(({ rule }) => rule.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("are found by id only in their own flow", () => {
    const pat = getFlowEntry("pat-not-authorized")!;
    const oauth = getFlowEntry("oauth-401")!;
    expect(findRule(pat, "profile-api-401")?.signatures).toContain("_apis/profile/profiles/me");
    expect(findRule(oauth, "profile-api-401")).toBeUndefined();
    expect(findRule(pat, "no-such-rule")).toBeUndefined();
  });
});

describe.each(all.map(({ flow, rule }) => [rule.id, flow, rule] as const))(
  "rule %s",
  (id, flow, rule) => {
    it.each(rule.examples.match)("fires on: %s", (example) => {
      const result = triage(example, triageFlows);
      expect(result.matches.map((m) => m.rule)).toContain(id);
      expect(result.flow).toBe(flow);
    });

    it.each(rule.examples.nearMiss)("does not fire on the near miss: %s", (example) => {
      expect(triage(example, triageFlows).matches.map((m) => m.rule)).not.toContain(id);
    });
  },
);
