import type { Figure, Step } from "./content-types";
import { markdownText } from "./markdown/to-text";

/** Every word a step shows, as plain text: for search, seed-coverage checks and summaries. */
export function stepText(step: Step, figures: Record<string, Figure>): string {
  const figure = (id: string) => (figures[id] ? `${figures[id].alt}\n${figures[id].caption}` : "");
  const choices = Object.values(step.choices).flatMap((c) => [c.label, c.summary ?? ""]);
  return [
    step.title,
    step.topic ?? "",
    step.leadText ?? "",
    markdownText(step.body, { figure }),
    ...choices,
  ].join("\n");
}
