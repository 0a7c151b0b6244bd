import { describe, expect, it } from "vitest";
import { setup } from "xstate";
import { MAX_ANSWERS, isAnswerId, replay } from "./replay";

// A small machine of the same shape as a flow, so these tests do not move when copy or flows do.
const machine = setup({
  types: {
    context: {} as { now: number },
    input: {} as { now: number },
    events: {} as { type: "answer.yes" } | { type: "answer.no" } | { type: "answer.again" },
    tags: {} as "resolved" | "escalate",
  },
  guards: { late: ({ context }) => context.now >= 100 },
}).createMachine({
  id: "sample",
  context: ({ input }) => ({ now: input.now }),
  initial: "ask",
  states: {
    ask: {
      on: {
        "answer.yes": "done",
        "answer.no": [{ guard: "late", target: "gone" }, { target: "retry" }],
      },
    },
    retry: { on: { "answer.again": "ask" } },
    done: { type: "final", tags: ["resolved"] },
    gone: { type: "final", tags: ["escalate"] },
  },
});

describe("replay", () => {
  it("starts at the first question with its choices", () => {
    expect(replay(machine, [], { now: 0 })).toEqual({
      stateId: "ask",
      trail: [],
      dropped: [],
      outcome: null,
      choices: ["yes", "no"],
    });
  });

  it("follows answers and records where each was given", () => {
    const result = replay(machine, ["no", "again", "yes"], { now: 0 });
    expect(result.stateId).toBe("done");
    expect(result.outcome).toBe("resolved");
    expect(result.trail).toEqual([
      { stateId: "ask", answer: "no" },
      { stateId: "retry", answer: "again" },
      { stateId: "ask", answer: "yes" },
    ]);
  });

  it("lets the injected clock pick the branch", () => {
    expect(replay(machine, ["no"], { now: 99 }).stateId).toBe("retry");
    expect(replay(machine, ["no"], { now: 100 })).toMatchObject({
      stateId: "gone",
      outcome: "escalate",
    });
  });

  it("stops at the first unknown answer and keeps the valid prefix", () => {
    const result = replay(machine, ["no", "yes", "again"], { now: 0 });
    expect(result.stateId).toBe("retry");
    expect(result.trail.map((s) => s.answer)).toEqual(["no"]);
    expect(result.dropped).toEqual(["yes", "again"]);
  });

  it("drops answers given after an outcome", () => {
    expect(replay(machine, ["yes", "no"], { now: 0 })).toMatchObject({
      stateId: "done",
      dropped: ["no"],
    });
  });

  it("refuses segments that are not answer ids, even if an event of that name exists", () => {
    expect(replay(machine, ["YES"], { now: 0 }).dropped).toEqual(["YES"]);
    expect(replay(machine, ["__proto__"], { now: 0 }).dropped).toEqual(["__proto__"]);
    expect(isAnswerId("a".repeat(41))).toBe(false);
    expect(isAnswerId("paste-again")).toBe(true);
  });

  it("bounds the work on very long paths", () => {
    const answers = Array.from({ length: 1000 }, (_, i) => (i % 2 ? "again" : "no"));
    const result = replay(machine, answers, { now: 0 });
    expect(result.trail).toHaveLength(MAX_ANSWERS);
    expect(result.dropped).toHaveLength(1000 - MAX_ANSWERS);
  });
});
