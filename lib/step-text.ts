import type { Block, Figure, StepContent } from "./content-types";
import { inlineToText } from "./inline";

function blockText(block: Block, figures: Record<string, Figure>): string[] {
  switch (block.type) {
    case "p":
      return [inlineToText(block.text)];
    case "list":
      return block.items.map(inlineToText);
    case "code":
      return [block.label, block.code];
    case "figure": {
      const figure = figures[block.figure];
      return figure ? [figure.alt, figure.caption] : [];
    }
    case "note":
      return [block.title, inlineToText(block.text)];
  }
}

/** Every word a step shows, as plain text: for search, seed-coverage checks and summaries. */
export function stepText(step: StepContent<string>, figures: Record<string, Figure>): string {
  const choices = Object.values(step.choices ?? {}).flatMap((c) =>
    c ? [c.label, c.summary ?? ""] : [],
  );
  return [
    step.title,
    step.topic ?? "",
    step.lead ? inlineToText(step.lead) : "",
    ...(step.body ?? []).flatMap((block) => blockText(block, figures)),
    ...choices,
  ].join("\n");
}
