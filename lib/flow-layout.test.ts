import { describe, expect, it } from "vitest";
import type { FlowGraph } from "./flow-graph";
import { layoutFlow, wrap } from "./flow-layout";

const graph: FlowGraph = {
  initial: "ask",
  nodes: [
    { id: "ask", outcome: null },
    { id: "yes", outcome: "resolved" },
    { id: "no", outcome: "escalate" },
  ],
  edges: [
    { from: "ask", to: "yes", answer: "yes", guard: null },
    { from: "ask", to: "no", answer: "no", guard: null },
  ],
};

describe("layoutFlow", () => {
  const layout = layoutFlow(
    graph,
    (id) => `Step ${id}`,
    (e) => e.answer,
  );

  it("places every node inside the drawing, the first question above its answers", () => {
    for (const node of layout.nodes) {
      expect(node.x - node.width / 2).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width / 2).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height / 2).toBeLessThanOrEqual(layout.height);
    }
    const [ask, yes] = layout.nodes;
    expect(ask!.y).toBeLessThan(yes!.y);
  });

  it("routes every edge from its source to its target, with its label", () => {
    expect(layout.edges.map((e) => e.label)).toEqual(["yes", "no"]);
    for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });
});

describe("wrap", () => {
  it("breaks at word boundaries within the width", () => {
    expect(wrap("Turn on Third-party application access via OAuth", 20)).toEqual([
      "Turn on Third-party",
      "application access",
      "via OAuth",
    ]);
  });
});
