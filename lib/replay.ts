import { type AnyStateMachine, type SnapshotFrom, initialTransition, transition } from "xstate";
import type { ClockInput } from "./clock";
import type { Outcome } from "./flow-types";

/** Longest answer path we replay: far beyond any real flow, and a bound on work per request. */
export const MAX_ANSWERS = 64;

const ANSWER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type TrailStep = { stateId: string; answer: string };

export type ReplayResult = {
  /** The state the answers lead to. */
  stateId: string;
  /** Answers that replayed, in order, each with the state it answered. */
  trail: TrailStep[];
  /** The answers from the first one that did not fit onwards: unknown, obsolete or past an outcome. */
  dropped: string[];
  outcome: Outcome | null;
  /** Answer ids the current state accepts, in the machine's order. */
  choices: string[];
};

export function isAnswerId(value: string): boolean {
  return value.length <= 40 && ANSWER_ID.test(value);
}

function stateIdOf(snapshot: SnapshotFrom<AnyStateMachine>): string {
  if (typeof snapshot.value !== "string") throw new Error("Flow machines must be flat");
  return snapshot.value;
}

/**
 * An outcome is a state tagged `resolved` (a fix) or `escalate` (a hand-off). A hand-off is final;
 * a fix may take one more answer, "still failing", that leads to the next cause.
 */
function outcomeOf(snapshot: SnapshotFrom<AnyStateMachine>): Outcome | null {
  if (snapshot.hasTag("resolved")) return "resolved";
  if (snapshot.hasTag("escalate")) return "escalate";
  if (snapshot.status === "done")
    throw new Error(`Final state ${stateIdOf(snapshot)} has no outcome tag`);
  return null;
}

/** Answer ids a snapshot's state can take now (guards included). */
export function acceptedAnswers(snapshot: SnapshotFrom<AnyStateMachine>): string[] {
  if (snapshot.status === "done") return [];
  const node = snapshot.machine.getStateNodeById(`${snapshot.machine.id}.${stateIdOf(snapshot)}`);
  return Object.keys(node.on)
    .filter((type) => type.startsWith("answer.") && snapshot.can({ type }))
    .map((type) => type.slice("answer.".length));
}

/**
 * Rebuilds a step from its answer path with XState's pure transitions: the same code runs on the
 * server, in the browser and in the tests. It stops at the first answer that does not fit.
 */
export function replay(
  machine: AnyStateMachine,
  answers: readonly string[],
  input: ClockInput,
): ReplayResult {
  let [snapshot] = initialTransition(machine, input);
  const trail: TrailStep[] = [];
  let index = 0;
  for (; index < answers.length && index < MAX_ANSWERS; index++) {
    const answer = answers[index] as string;
    const event = { type: `answer.${answer}` };
    if (!isAnswerId(answer) || snapshot.status !== "active" || !snapshot.can(event)) break;
    trail.push({ stateId: stateIdOf(snapshot), answer });
    [snapshot] = transition(machine, snapshot, event);
  }
  return {
    stateId: stateIdOf(snapshot),
    trail,
    dropped: answers.slice(index),
    outcome: outcomeOf(snapshot),
    choices: acceptedAnswers(snapshot),
  };
}
