import type { Flow } from "./content-types";
import { clocksAround, completePaths } from "./flow-paths";
import { replay } from "./replay";

/** Every complete answer path of a flow, on every side of its date edges, as URL-style strings. */
export function allPaths(flow: Flow): string[] {
  const paths = clocksAround(flow.dateEdges).flatMap((now) =>
    completePaths(flow.machine, { now }).map((p) => p.answers.join("/")),
  );
  return [...new Set(paths)].sort();
}

/** Recorded paths that no longer replay to an outcome at any of the flow's clocks. */
export function brokenPaths(flow: Flow, recorded: readonly string[]): string[] {
  const clocks = clocksAround(flow.dateEdges);
  return recorded.filter((path) => {
    const answers = path.split("/");
    return !clocks.some((now) => {
      const result = replay(flow.machine, answers, { now });
      return result.dropped.length === 0 && result.outcome !== null;
    });
  });
}
