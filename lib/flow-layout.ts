import dagre from "@dagrejs/dagre";
import type { FlowGraph, GraphEdge, GraphNode } from "./flow-graph";

export type Point = { x: number; y: number };
export type LaidOutNode = GraphNode & {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
};
export type LaidOutEdge = GraphEdge & { points: Point[]; label: string; labelAt: Point };
export type MapLayout = {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
};

const NODE_WIDTH = 190;
const LINE_HEIGHT = 16;
const CHARS_PER_LINE = 26;
const MARGIN = 16;

/** Greedy word wrap; a word longer than a line stands on its own line. */
export function wrap(text: string, width = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays a flow graph out top to bottom with dagre; the labels come from the flow's content. */
export function layoutFlow(
  graph: FlowGraph,
  nodeLabel: (id: string) => string,
  edgeLabel: (edge: GraphEdge) => string,
): MapLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({
    rankdir: "TB",
    nodesep: 28,
    ranksep: 56,
    edgesep: 12,
    marginx: MARGIN,
    marginy: MARGIN,
  });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) {
    const lines = wrap(nodeLabel(node.id));
    g.setNode(node.id, { width: NODE_WIDTH, height: lines.length * LINE_HEIGHT + 20, lines });
  }
  graph.edges.forEach((edge, i) => {
    const label = edgeLabel(edge);
    g.setEdge(
      edge.from,
      edge.to,
      { label, width: Math.min(label.length, 40) * 6 + 8, height: 16, labelpos: "c" },
      String(i),
    );
  });
  dagre.layout(g);

  const nodes = graph.nodes.map((node) => {
    const laid = g.node(node.id) as {
      x: number;
      y: number;
      width: number;
      height: number;
      lines: string[];
    };
    return {
      ...node,
      x: laid.x,
      y: laid.y,
      width: laid.width,
      height: laid.height,
      lines: laid.lines,
    };
  });
  const edges = graph.edges.map((edge, i) => {
    const laid = g.edge({ v: edge.from, w: edge.to, name: String(i) }) as {
      points: Point[];
      x: number;
      y: number;
      label: string;
    };
    return { ...edge, points: laid.points, label: laid.label, labelAt: { x: laid.x, y: laid.y } };
  });
  const { width = 0, height = 0 } = g.graph();
  return { width, height, nodes, edges };
}
