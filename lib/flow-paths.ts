import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from "xstate";
import { getShortestPaths, getSimplePaths } from "xstate/graph";
import type { ClockInput } from "./clock";

export type AnswerPath = {
  /** The answers, as URL segments. */
  answers: string[];
  /** The state each answer was given in, then the state reached. */
  states: string[];
};

const DAY = 24 * 60 * 60 * 1000;

/** Clocks on both sides of every date edge: the day before and the day after. */
export function clocksAround(dateEdges: readonly string[]): number[] {
  const clocks = dateEdges.flatMap((edge) => [Date.parse(edge) - DAY, Date.parse(edge) + DAY]);
  return clocks.length
    ? [...new Set(clocks)].sort((a, b) => a - b)
    : [Date.parse("2026-01-01T00:00:00Z")];
}

function toAnswerPath(path: {
  steps: { event: { type: string }; state: { value: unknown } }[];
}): AnswerPath {
  const answers: string[] = [];
  const states: string[] = [];
  for (const step of path.steps) {
    states.push(String(step.state.value));
    if (step.event.type.startsWith("answer."))
      answers.push(step.event.type.slice("answer.".length));
  }
  return { answers, states };
}

/** Only the answers a state accepts now (guards included) are explored. */
function traversal(input: ClockInput) {
  return {
    input,
    filterEvents: (snapshot: AnyMachineSnapshot, event: EventObject) => snapshot.can(event),
  };
}

/** Every simple path from the first question to an outcome (a state tagged resolved or escalate). */
export function completePaths(machine: AnyStateMachine, input: ClockInput): AnswerPath[] {
  return getSimplePaths(machine, traversal(input))
    .filter((path) => path.state.hasTag("resolved") || path.state.hasTag("escalate"))
    .map(toAnswerPath);
}

/** One shortest path to every reachable state, outcome or not (states differing only in context count once). */
export function pathPerState(machine: AnyStateMachine, input: ClockInput): AnswerPath[] {
  const byState = new Map<string, AnswerPath>();
  for (const path of getShortestPaths(machine, traversal(input)).map(toAnswerPath)) {
    const stateId = path.states.at(-1) as string;
    const known = byState.get(stateId);
    if (!known || path.answers.length < known.answers.length) byState.set(stateId, path);
  }
  return [...byState.values()];
}

/**
 * Complete paths that together take every answer from every state at least once: what a browser
 * walks when walking every path would take too long (every path is still checked without one).
 * Longer paths are tried first, so few paths cover many edges.
 */
export function edgeCoveringPaths(machine: AnyStateMachine, input: ClockInput): AnswerPath[] {
  const edge = (path: AnswerPath, i: number) => `${path.states[i]}\u0000${path.answers[i]}`;
  const covered = new Set<string>();
  const chosen: AnswerPath[] = [];
  const paths = completePaths(machine, input).sort((a, b) => b.answers.length - a.answers.length);
  for (const path of paths) {
    const edges = path.answers.map((_, i) => edge(path, i));
    if (edges.every((e) => covered.has(e))) continue;
    for (const e of edges) covered.add(e);
    chosen.push(path);
  }
  return chosen;
}
