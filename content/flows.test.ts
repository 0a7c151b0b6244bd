import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answersOf, flowGraph, guardsOf } from "@/lib/flow-graph";
import { completePaths, clocksAround, edgeCoveringPaths, pathPerState } from "@/lib/flow-paths";
import { flowHref, parseHref } from "@/lib/step-url";
import { isAnswerId, replay } from "@/lib/replay";
import { flows } from "./flows";

const root = join(__dirname, "..");

/** A choice that quotes an error: a code, an SMTP status, or a message in quotes. */
const ERROR_LABEL = /\b(AADSTS\d+|TF\d+|VS\d+|5\.7\.\d+|40[13])\b|^“/;

const answersOn = (flow: (typeof flows)[number], stateId: string) =>
  answersOf(flow.machine, stateId);

describe.each(flows.map((flow) => [flow.id, flow] as const))("flow %s", (_id, flow) => {
  const stateIds = Object.keys(flow.machine.root.states);
  const clocks = clocksAround(flow.dateEdges);

  describe("machine", () => {
    it("is flat, and every event is an answer with an id fit for a URL", () => {
      for (const id of stateIds) {
        const node = flow.machine.getStateNodeById(`${flow.machine.id}.${id}`);
        expect(Object.keys(node.states), id).toEqual([]);
        for (const type of Object.keys(node.on)) {
          expect(type, id).toMatch(/^answer\./);
          expect(isAnswerId(type.slice(7)), type).toBe(true);
        }
      }
    });

    it("tags every final state, and every fix, with exactly one outcome", () => {
      for (const id of stateIds) {
        const node = flow.machine.getStateNodeById(`${flow.machine.id}.${id}`);
        const outcomeTags = node.tags.filter((tag) => tag === "resolved" || tag === "escalate");
        if (node.type === "final") expect(outcomeTags.length, id).toBe(1);
        else expect(outcomeTags, id).not.toContain("escalate");
        expect(outcomeTags.length, id).toBeLessThanOrEqual(1);
      }
    });

    it("offers “still failing?” on every fix, leading to the next cause or a hand-off", () => {
      for (const id of stateIds) {
        const node = flow.machine.getStateNodeById(`${flow.machine.id}.${id}`);
        if (!node.tags.includes("resolved")) continue;
        expect(answersOn(flow, id), id).toEqual(["still-failing"]);
        const next = flowGraph(flow.machine).edges.filter((e) => e.from === id);
        for (const edge of next) expect(edge.to, id).not.toBe(id);
      }
    });

    it("offers “something else” on every question about which error the person sees", () => {
      for (const id of stateIds) {
        const step = flow.content.steps[id];
        const labels = Object.values(step?.choices ?? {}).map((c) => c.label);
        const quotesErrors = labels.filter((label) => ERROR_LABEL.test(label)).length >= 2;
        if (quotesErrors)
          expect(step?.kind, `${id} quotes errors: mark it kind: which-error`).toBe("which-error");
        if (step?.kind === "which-error")
          expect(answersOn(flow, id), id).toContain("something-else");
      }
    });

    it("reaches every state on one side or another of its date edges", () => {
      const reached = new Set(
        clocks.flatMap((now) => pathPerState(flow.machine, { now }).flatMap((p) => p.states)),
      );
      expect([...reached].sort()).toEqual([...stateIds].sort());
    });
  });

  describe.each(clocks.map((now) => [new Date(now).toISOString(), now] as const))(
    "paths at %s",
    (_at, now) => {
      const paths = completePaths(flow.machine, { now });

      it("gives the browser walk short paths that take every answer of every state", () => {
        const walked = edgeCoveringPaths(flow.machine, { now });
        const taken = new Set(
          walked.flatMap((p) => p.answers.map((a, i) => `${p.states[i]}:${a}`)),
        );
        for (const { answers: to, states } of pathPerState(flow.machine, { now }))
          for (const answer of replay(flow.machine, to, { now }).choices)
            expect(taken, `${states.at(-1)}:${answer}`).toContain(`${states.at(-1)}:${answer}`);
        for (const path of walked)
          expect(
            replay(flow.machine, path.answers, { now }).outcome,
            path.answers.join("/"),
          ).not.toBeNull();
      });

      it("has paths, and no question without an answer it can take", () => {
        expect(paths.length).toBeGreaterThan(0);
        for (const { answers } of pathPerState(flow.machine, { now })) {
          const result = replay(flow.machine, answers, { now });
          if (!result.outcome) expect(result.choices.length, result.stateId).toBeGreaterThan(0);
        }
      });

      it.each(paths.map((p) => [p.answers.join("/"), p] as const))("%s", (_name, path) => {
        for (const stateId of path.states)
          expect(flow.content.steps[stateId], stateId).toBeDefined();
        const url = parseHref(flowHref(flow.id, path.answers))!;
        const result = replay(flow.machine, url.answers, { now });
        expect(result.dropped).toEqual([]);
        expect(result.stateId).toBe(path.states.at(-1));
        expect(["resolved", "escalate"]).toContain(result.outcome);
      });
    },
  );

  describe("content", () => {
    it("has copy for every state and none for states that do not exist", () => {
      expect(Object.keys(flow.content.steps).sort()).toEqual([...stateIds].sort());
    });

    it("labels exactly the answers each state takes, with distinct labels", () => {
      for (const id of stateIds) {
        const step = flow.content.steps[id];
        const labels = Object.values(step?.choices ?? {}).map((c) => c.label);
        expect(Object.keys(step?.choices ?? {}).sort(), id).toEqual(answersOn(flow, id).sort());
        expect(new Set(labels).size, id).toBe(labels.length);
      }
    });

    it("gives every question a topic for the answer trail", () => {
      for (const id of stateIds) {
        if (answersOn(flow, id).length) expect(flow.content.steps[id]?.topic, id).toBeTruthy();
      }
    });

    it("uses every figure, and each exists, is an illustration, and has alt text and a caption", () => {
      const used = new Set(
        Object.values(flow.content.steps).flatMap((s) =>
          s.body.flatMap((b) =>
            b.type === "leafDirective" && b.name === "figure" ? [b.attributes?.id ?? ""] : [],
          ),
        ),
      );
      expect([...used].sort()).toEqual(Object.keys(flow.content.figures).sort());
      for (const [id, figure] of Object.entries(flow.content.figures)) {
        const file = join(root, "public", figure.src);
        expect(existsSync(file), figure.src).toBe(true);
        const svg = readFileSync(file, "utf8");
        expect(svg, id).toContain(`viewBox="0 0 ${figure.width} ${figure.height}"`);
        expect(svg, id).not.toMatch(/<script|\son\w+\s*=/i);
        expect(figure.alt.length, id).toBeGreaterThan(40);
        expect(figure.caption, id).toMatch(/Illustration of .+ \(\d{4}\)/);
      }
    });
  });
});

describe("registry", () => {
  it("has unique flow ids that fit in a URL", () => {
    const ids = flows.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe.each(flows.map((flow) => [flow.id, flow] as const))("map words of %s", (_id, flow) => {
  it("names every guard the machine uses, and nothing else", () => {
    expect(Object.keys(flow.content.conditions).sort()).toEqual(guardsOf(flowGraph(flow.machine)));
  });
});
