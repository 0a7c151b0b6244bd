import type { AnyStateMachine } from "xstate";
import type { Outcome } from "./flow-types";

export type GraphNode = { id: string; outcome: Outcome | null };

export type GraphEdge = {
  from: string;
  to: string;
  answer: string;
  /** The named guard that must hold for this edge, or the guards that must not (the fallback). */
  guard: { name: string; holds: boolean } | null;
};

export type FlowGraph = { initial: string; nodes: GraphNode[]; edges: GraphEdge[] };

function guardName(guard: unknown): string {
  if (typeof guard === "string") return guard;
  if (guard && typeof guard === "object" && "type" in guard && typeof guard.type === "string")
    return guard.type;
  throw new Error("Flow machines use named guards only");
}

/** The machine as a plain graph: states as nodes, answers as edges, read from its definition. */
export function flowGraph(machine: AnyStateMachine): FlowGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const [id, node] of Object.entries(machine.root.states)) {
    const tags = [...node.tags];
    // An outcome is a tagged state: a hand-off is final, a fix may still offer "still failing?".
    const outcome = (tags.find((t) => t === "resolved" || t === "escalate") as Outcome) ?? null;
    nodes.push({ id, outcome });
    for (const [eventType, transitions] of node.transitions) {
      const answer = eventType.replace(/^answer\./, "");
      let previousGuard: string | null = null;
      for (const transition of transitions) {
        const to = transition.target?.[0]?.key;
        if (!to) continue;
        let guard: GraphEdge["guard"] = null;
        if (transition.guard) guard = { name: guardName(transition.guard), holds: true };
        else if (previousGuard) guard = { name: previousGuard, holds: false };
        if (transition.guard) previousGuard = guardName(transition.guard);
        edges.push({ from: id, to, answer, guard });
      }
    }
  }
  return { initial: String(machine.root.initial?.target[0]?.key ?? nodes[0]?.id), nodes, edges };
}

/** The answers a state lists (the part after `answer.` of its events), whatever its guards say. */
export function answersOf(machine: AnyStateMachine, stateId: string): string[] {
  const node = machine.getStateNodeById(`${machine.id}.${stateId}`);
  return Object.keys(node.on)
    .filter((type) => type.startsWith("answer."))
    .map((type) => type.slice("answer.".length));
}

/** Every named guard a machine uses. */
export function guardsOf(graph: FlowGraph): string[] {
  return [...new Set(graph.edges.flatMap((e) => (e.guard ? [e.guard.name] : [])))].sort();
}
