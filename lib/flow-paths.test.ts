import { describe, expect, it } from "vitest";
import { assign, setup } from "xstate";
import { clocksAround, completePaths, edgeCoveringPaths, pathPerState } from "./flow-paths";

// Two routes into "ask" that leave different context: the graph sees two snapshots, we want one step.
const machine = setup({
  types: {
    context: {} as { viaB: boolean },
    events: {} as { type: "answer.a" } | { type: "answer.b" } | { type: "answer.done" },
  },
}).createMachine({
  id: "sample",
  context: { viaB: false },
  initial: "start",
  states: {
    start: {
      on: { "answer.a": "ask", "answer.b": { target: "ask", actions: assign({ viaB: true }) } },
    },
    ask: { on: { "answer.done": "end" } },
    end: { type: "final", tags: ["resolved"] },
  },
});

describe("flow paths", () => {
  it("lists every simple path from the start to an outcome", () => {
    expect(completePaths(machine, { now: 0 }).map((p) => p.answers)).toEqual([
      ["a", "done"],
      ["b", "done"],
    ]);
  });

  it("records the state each answer was given in, then the state reached", () => {
    expect(completePaths(machine, { now: 0 })[0]?.states).toEqual(["start", "ask", "end"]);
  });

  it("gives one shortest path per state, whatever the context", () => {
    const paths = pathPerState(machine, { now: 0 });
    expect(paths.map((p) => p.states.at(-1)).sort()).toEqual(["ask", "end", "start"]);
  });

  it("puts a clock on each side of every date edge", () => {
    const edge = "2026-12-01T00:00:00Z";
    const [before, after] = clocksAround([edge]);
    expect(before).toBeLessThan(Date.parse(edge));
    expect(after).toBeGreaterThanOrEqual(Date.parse(edge));
    expect(clocksAround([])).toHaveLength(1);
  });

  it("covers every answer of every state with fewer paths than there are", () => {
    const wide = setup({
      types: {
        events: {} as { type: "answer.x" } | { type: "answer.y" } | { type: "answer.z" },
      },
    }).createMachine({
      id: "wide",
      initial: "one",
      states: {
        one: { on: { "answer.x": "two", "answer.y": "two" } },
        two: { on: { "answer.x": "done", "answer.y": "done", "answer.z": "done" } },
        done: { type: "final", tags: ["resolved"] },
      },
    });
    const all = completePaths(wide, { now: 0 });
    const covering = edgeCoveringPaths(wide, { now: 0 });
    expect(all).toHaveLength(6);
    expect(covering.length).toBeLessThan(all.length);
    const taken = new Set(covering.flatMap((p) => p.answers.map((a, i) => `${p.states[i]}:${a}`)));
    expect([...taken].sort()).toEqual(["one:x", "one:y", "two:x", "two:y", "two:z"]);
  });
});
