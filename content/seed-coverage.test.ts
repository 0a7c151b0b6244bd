import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { clocksAround, pathPerState } from "@/lib/flow-paths";
import { stepText } from "@/lib/step-text";
import { type Flow, flows } from "./flows";

/**
 * Every instruction, condition and error text of each flow's seed article, in the words the flow
 * uses for it (`content/<flow>/seed-facts.yaml`), must be on a step some path reaches. Every flow
 * has such a file: a flow without facts fails here.
 */
const seedFacts = z.strictObject({
  /** The seed articles the flow was written from; none for a flow written from sources alone. */
  seeds: z.array(z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/)),
  facts: z.array(z.string().min(1)).min(1),
});

const normalize = (text: string) => text.toLowerCase().replace(/[“”]/g, '"').replace(/\s+/g, " ");

function reachableText(flow: Flow): string[] {
  const states = new Set(
    clocksAround(flow.dateEdges).flatMap((now) =>
      pathPerState(flow.machine, { now }).flatMap((p) => p.states),
    ),
  );
  return [...states].map((id) => {
    const step = flow.content.steps[id];
    return step ? normalize(stepText(step, flow.content.figures)) : "";
  });
}

describe.each(flows.map((flow) => [flow.id, flow] as const))("seed coverage of %s", (id, flow) => {
  const file = join(__dirname, id, "seed-facts.yaml");

  it("lists the facts of its seed article in seed-facts.yaml", () => {
    expect(existsSync(file), `content/${id}/seed-facts.yaml`).toBe(true);
    expect(seedFacts.safeParse(parse(readFileSync(file, "utf8"))).success).toBe(true);
  });

  const read = existsSync(file) ? seedFacts.safeParse(parse(readFileSync(file, "utf8"))) : null;
  const facts = read?.success ? read.data.facts : [];
  const texts = reachableText(flow);
  it.each(facts)("reaches: %s", (fact) => {
    expect(texts.some((text) => text.includes(normalize(fact)))).toBe(true);
  });
});
