import type { FlowGraph } from "./flow-graph";

/** Where a person is in a long flow: this step's number and about how many there are. */
export type Progress = { step: number; of: number };

/** Flows shorter than this need no progress line. */
const SHOWN_FROM = 5;

/** Fewest answers from each state to a fix (or, where no fix is reachable, to any outcome). */
function distances(graph: FlowGraph): Map<string, number> {
  const towards = (targets: (id: string) => boolean) => {
    const distance = new Map<string, number>();
    const queue = graph.nodes.filter((n) => targets(n.id)).map((n) => n.id);
    for (const id of queue) distance.set(id, 0);
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i]!;
      for (const edge of graph.edges)
        if (edge.to === at && !distance.has(edge.from)) {
          distance.set(edge.from, distance.get(at)! + 1);
          queue.push(edge.from);
        }
    }
    return distance;
  };
  const outcome = new Map(graph.nodes.map((n) => [n.id, n.outcome]));
  const toFix = towards((id) => outcome.get(id) === "resolved");
  const toAny = towards((id) => outcome.get(id) !== null);
  return new Map(graph.nodes.map((n) => [n.id, toFix.get(n.id) ?? toAny.get(n.id) ?? 0]));
}

const cache = new WeakMap<FlowGraph, Map<string, number>>();

/**
 * "Step 3 of about 7": the answers given so far and the fewest still needed to reach a fix, read
 * from the machine's graph (guards ignored, so it is an estimate). Null on outcomes and short flows.
 */
export function progressOf(graph: FlowGraph, stateId: string, answered: number): Progress | null {
  const known = cache.get(graph) ?? distances(graph);
  cache.set(graph, known);
  const node = graph.nodes.find((n) => n.id === stateId);
  if (!node || node.outcome) return null;
  const of = answered + (known.get(stateId) ?? 0) + 1;
  return of >= SHOWN_FROM ? { step: answered + 1, of } : null;
}
