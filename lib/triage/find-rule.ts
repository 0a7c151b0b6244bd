import type { FlowRules, RuleDefinition } from "./rule-types";

/** A rule of this flow by id: a step link may only credit its answers to a rule of its own flow. */
export function findRule(
  flow: Pick<FlowRules, "rules">,
  ruleId: string,
): RuleDefinition<string> | undefined {
  return flow.rules.find((rule) => rule.id === ruleId);
}
