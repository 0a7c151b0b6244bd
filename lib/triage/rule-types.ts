import type { AnyStateMachine } from "xstate";

/**
 * A paste triage rule as a flow declares it; the flow it lands on is the flow that declares it.
 * It fires when any of its signatures is in the pasted text (case-insensitive) and, for codes
 * shared between flows, one of its context words too. The heaviest rule that fires picks the flow
 * and the answers; every rule that fires is shown.
 */
export type RuleDefinition<TAnswer extends string> = {
  /** Unique across flows: a step link names the rule that claimed its answers. */
  id: string;
  kind: "code" | "phrase" | "host" | "java";
  signatures: readonly string[];
  context?: readonly string[];
  /** The path from the flow's first step that the error implies. */
  answers: readonly TAnswer[];
  weight: number;
  /** Where the words are from: shown beside the step the paste lands on. */
  source: string;
  /** Texts it must fire on, and close ones it must not: the tests hold every rule to them. */
  examples: { match: readonly string[]; nearMiss: readonly string[] };
};

/** What triage needs of a flow: its id and its rules. */
export type FlowRules = { id: string; rules: readonly RuleDefinition<string>[] };

/** What locating a paste needs of a flow: its rules, and its machine to replay their answers. */
export type TriageFlow = FlowRules & { machine: AnyStateMachine };
