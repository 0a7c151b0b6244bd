import type { AnyStateMachine, EventFromLogic, StateValueFrom } from "xstate";

/** State ids of a flat flow machine: each is one step page. */
export type StateIdOf<TMachine extends AnyStateMachine> = Extract<StateValueFrom<TMachine>, string>;

/** Answer ids of a flow: the part after `answer.` in its event types; each is one URL segment. */
export type AnswerIdOf<TMachine extends AnyStateMachine> =
  EventFromLogic<TMachine>["type"] extends infer T
    ? T extends `answer.${infer A}`
      ? A
      : never
    : never;

export type Outcome = "resolved" | "escalate";
