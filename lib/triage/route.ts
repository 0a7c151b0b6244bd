import type { Flow } from "../content-types";
import { replay } from "../replay";
import type { TriageResult } from "./triage";

export type TriageRoute = { flow: string; path: string[]; step: string } | null;

/** Where a triage result lands today: the answers the flow takes now, and the step they reach. */
export function routeTriage(
  result: TriageResult,
  flows: readonly Flow[],
  now: number,
): TriageRoute {
  const flow = flows.find((f) => f.id === result.flow);
  if (!flow) return null;
  const replayed = replay(flow.machine, result.path, { now });
  return { flow: flow.id, path: replayed.trail.map((t) => t.answer), step: replayed.stateId };
}
