import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from "xstate";
import { getShortestPaths, getSimplePaths } from "xstate/graph";
import type { ClockInput } from "./clock";
import { replay } from "./replay";

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

/** The fewest answers from a path's end to an outcome, following what each state accepts. */
function shortestFinish(
  machine: AnyStateMachine,
  input: ClockInput,
  from: AnswerPath,
): AnswerPath | null {
  const queue: AnswerPath[] = [from];
  const seen = new Set([from.states.at(-1)]);
  for (let i = 0; i < queue.length; i++) {
    const path = queue[i]!;
    const result = replay(machine, path.answers, input);
    if (result.outcome) return path;
    for (const answer of result.choices) {
      const next = replay(machine, [...path.answers, answer], input);
      if (seen.has(next.stateId)) continue;
      seen.add(next.stateId);
      queue.push({ answers: [...path.answers, answer], states: [...path.states, next.stateId] });
    }
  }
  return null;
}

/**
 * Short complete paths that together take every answer from every state at least once: what a
 * browser walks when walking every path would take too long (every path is still replayed in
 * Vitest). Each is the shortest way to a state, one of its answers, then the shortest way on to
 * an outcome.
 */
export function edgeCoveringPaths(machine: AnyStateMachine, input: ClockInput): AnswerPath[] {
  const covered = new Set<string>();
  const chosen: AnswerPath[] = [];
  const edges = (path: AnswerPath) => path.answers.map((a, i) => `${path.states[i]}\u0000${a}`);
  for (const to of pathPerState(machine, input)) {
    for (const answer of replay(machine, to.answers, input).choices) {
      const stateId = to.states.at(-1) as string;
      if (covered.has(`${stateId}\u0000${answer}`)) continue;
      const next = replay(machine, [...to.answers, answer], input);
      const path = shortestFinish(machine, input, {
        answers: [...to.answers, answer],
        states: [...to.states, next.stateId],
      });
      if (!path) continue;
      for (const edge of edges(path)) covered.add(edge);
      chosen.push(path);
    }
  }
  return chosen;
}
