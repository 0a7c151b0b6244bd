import type { AnyStateMachine } from "xstate";
import type { AnswerIdOf, StateIdOf } from "./flow-types";
import type { ProbeBinding } from "./live/binding";
import type { RuleDefinition } from "./triage/rule-types";

/**
 * Everything about a flow that code needs, typed against its machine: the rules' answers and the
 * probe bindings' states and answers must be this machine's. Its words live in Markdown beside it.
 */
export type FlowDefinition<TMachine extends AnyStateMachine> = {
  machine: TMachine;
  /** Bumped when a machine change stops old answer paths from replaying. */
  version: number;
  /** Dates where the flow's advice changes: tests replay every path on both sides of each. */
  dateEdges: readonly string[];
  /**
   * The answers the home page's card for this flow already gives: the card links past those
   * questions, and the trail shows them answered, to change like any other.
   */
  start?: readonly AnswerIdOf<TMachine>[];
  /** The most common way from the first page to the fix, and the most answers it may take. */
  commonPath: { answers: readonly AnswerIdOf<TMachine>[]; atMost: number };
  /** Paste triage rules that land on this flow. */
  rules: readonly RuleDefinition<AnswerIdOf<TMachine>>[];
  /** Questions the organization's own settings can answer, by state. */
  probes: { readonly [S in StateIdOf<TMachine>]?: ProbeBinding<AnswerIdOf<TMachine>> };
};

/** A flow with its machine's types erased, for code that serves every flow alike. */
export type FlowEntry = {
  id: string;
  machine: AnyStateMachine;
  version: number;
  dateEdges: readonly string[];
  start?: readonly string[];
  commonPath: { answers: readonly string[]; atMost: number };
  rules: readonly RuleDefinition<string>[];
  probes: Readonly<Record<string, ProbeBinding<string> | undefined>>;
};

export function defineFlow<TMachine extends AnyStateMachine>(
  flow: FlowDefinition<TMachine>,
): FlowEntry {
  return { id: flow.machine.id, ...flow };
}
