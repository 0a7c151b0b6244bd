/**
 * Placeholder, to be completed with the triage move: a paste triage rule as a flow declares it;
 * the flow it lands on is the flow that declares it.
 */
export type RuleDefinition<TAnswer extends string> = {
  id: string;
  answers: readonly TAnswer[];
};
