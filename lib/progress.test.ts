import { describe, expect, it } from "vitest";
import { createMachine } from "xstate";
import { flowGraph } from "./flow-graph";
import { progressOf } from "./progress";

/** a → b → c → d → fix, with a short way out to a hand-off from a. */
const graph = flowGraph(
  createMachine({
    id: "chain",
    initial: "a",
    states: {
      a: { on: { "answer.next": "b", "answer.other": "handoff" } },
      b: { on: { "answer.next": "c" } },
      c: { on: { "answer.next": "d" } },
      d: { on: { "answer.done": "fix" } },
      fix: { tags: ["resolved"], on: { "answer.still-failing": "handoff" } },
      handoff: { type: "final", tags: ["escalate"] },
    },
  }),
);

describe("progress through a long flow", () => {
  it("counts the steps to the fix, not to the nearest hand-off", () => {
    expect(progressOf(graph, "a", 0)).toEqual({ step: 1, of: 5 });
    expect(progressOf(graph, "c", 2)).toEqual({ step: 3, of: 5 });
  });

  it("grows when the answers took a longer way", () => {
    expect(progressOf(graph, "c", 4)).toEqual({ step: 5, of: 7 });
  });

  it("says nothing on an outcome or in a short flow", () => {
    expect(progressOf(graph, "fix", 4)).toBeNull();
    expect(progressOf(graph, "d", 0)).toBeNull();
  });
});
