import type { Nodes } from "mdast";
import type { Flow, Source } from "./content-types";

/** One source of a flow, with the steps that cite it. */
export type SourceEntry = {
  id: string;
  source: Source;
  citedBy: { stateId: string; title: string }[];
};

/** The source ids a step body's notes cite. */
function noteSources(nodes: readonly Nodes[]): string[] {
  return nodes.flatMap((node) => [
    ...(node.type === "containerDirective"
      ? (node.attributes?.sources ?? "").split(/\s+/).filter(Boolean)
      : []),
    ...("children" in node ? noteSources(node.children as Nodes[]) : []),
  ]);
}

/** Every source a flow relies on, in sources.yaml order, with where each is cited. */
export function sourceIndex(flow: Flow): SourceEntry[] {
  const ids = new Map(Object.entries(flow.content.sources).map(([id, s]) => [s, id]));
  const cited = new Map<string, { stateId: string; title: string }[]>();
  for (const [stateId, step] of Object.entries(flow.content.steps)) {
    const here = new Set([
      ...step.sources.flatMap((s) => (ids.has(s) ? [ids.get(s)!] : [])),
      ...noteSources(step.body),
    ]);
    for (const id of here)
      cited.set(id, [...(cited.get(id) ?? []), { stateId, title: step.title }]);
  }
  return Object.entries(flow.content.sources).map(([id, source]) => ({
    id,
    source,
    citedBy: cited.get(id) ?? [],
  }));
}

const DAY = 24 * 60 * 60 * 1000;

/** Sources not checked within `days` of `now` (or never): what `npm run facts` lists. */
export function staleSources(flow: Flow, now: number, days = 90): SourceEntry[] {
  return sourceIndex(flow).filter(
    ({ source }) => !source.verified || now - Date.parse(source.verified) > days * DAY,
  );
}
