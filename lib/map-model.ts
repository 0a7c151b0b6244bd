import type { Flow } from "./content-types";
import { type GraphEdge, flowGraph } from "./flow-graph";
import { type MapLayout, layoutFlow } from "./flow-layout";
import type { ReplayResult } from "./replay";

export type MapEntry = {
  id: string;
  title: string;
  outcome: string | null;
  current: boolean;
  visited: boolean;
  href: string | null;
  leadsTo: { label: string; to: string }[];
};

export type MapModel = {
  layout: MapLayout;
  current: string;
  /** Index in `layout.edges` of each edge the answers took. */
  taken: number[];
  entries: MapEntry[];
};

function titleOf(flow: Flow, id: string): string {
  return flow.content.steps[id]?.title ?? id;
}

function edgeLabel(flow: Flow, edge: GraphEdge): string {
  const choice = flow.content.steps[edge.from]?.choices[edge.answer];
  const words = choice?.summary ?? choice?.label ?? edge.answer;
  if (!edge.guard) return words;
  const condition = flow.content.conditions[edge.guard.name];
  const when = condition
    ? edge.guard.holds
      ? condition.when
      : condition.otherwise
    : edge.guard.name;
  return `${words} (${when})`;
}

/**
 * The map of a flow, drawn from its machine, with the path a replay took marked on it. `hrefAt`
 * links a step on that path, keeping whatever the person's links keep.
 */
export function mapModel(
  flow: Flow,
  result: ReplayResult,
  hrefAt: (answers: readonly string[]) => string,
): MapModel {
  const graph = flowGraph(flow.machine);
  const layout = layoutFlow(
    graph,
    (id) => titleOf(flow, id),
    (edge) => edgeLabel(flow, edge),
  );
  const answers = result.trail.map((t) => t.answer);
  const reached = [...result.trail.map((t) => t.stateId), result.stateId];
  const hrefs = new Map(reached.map((id, i) => [id, hrefAt(answers.slice(0, i))]));

  const taken = result.trail.map(({ stateId, answer }, i) =>
    layout.edges.findIndex(
      (e) => e.from === stateId && e.answer === answer && e.to === reached[i + 1],
    ),
  );

  const entries = graph.nodes.map((node) => ({
    id: node.id,
    title: titleOf(flow, node.id),
    outcome: node.outcome,
    current: node.id === result.stateId,
    visited: hrefs.has(node.id),
    href: hrefs.get(node.id) ?? null,
    leadsTo: graph.edges
      .filter((e) => e.from === node.id)
      .map((e) => ({ label: edgeLabel(flow, e), to: titleOf(flow, e.to) })),
  }));

  return { layout, current: result.stateId, taken, entries };
}
