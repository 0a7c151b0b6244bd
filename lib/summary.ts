import type { Outcome } from "./flow-types";
import { inlineToText } from "./inline";
import type { StepModel } from "./step-model";

export type SummaryInput = {
  model: StepModel;
  /** The rule a pasted error matched, with its signature words; never the pasted text itself. */
  paste: { rule: string; words: string } | null;
  /** Lines of the pasted error, already redacted, when this browser still holds them. */
  errorLines?: readonly string[];
  /** Absolute URL of the step. */
  link: string;
};

const outcomeWords: Record<Outcome, string> = {
  resolved: "The fix",
  escalate: "Hand over to support",
};

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

/** A Markdown summary for a Jira or JSM ticket: every answer with where it came from, and the step. */
export function summaryMarkdown({ model, paste, errorLines = [], link }: SummaryInput): string {
  const { step } = model;
  const lines = [
    `### Guidepath: ${model.flowTitle} (version ${model.version})`,
    "",
    `**Step reached:** ${step.title}${model.outcome ? ` (${outcomeWords[model.outcome]})` : " (in progress)"}`,
    `**Link:** ${link}`,
    "",
  ];
  if (model.trail.length) {
    lines.push("| # | Question | Answer | From |", "|---|---|---|---|");
    model.trail.forEach((entry, i) => {
      const from = entry.fromLive
        ? "your organization's settings (live read)"
        : entry.fromPaste && paste
          ? `pasted error (rule ${paste.rule})`
          : "the person";
      lines.push(`| ${i + 1} | ${cell(entry.question)} | ${cell(entry.answer)} | ${from} |`);
    });
    lines.push("");
  } else lines.push("No answers yet.", "");
  if (step.lead)
    lines.push(
      `**${model.outcome ? outcomeWords[model.outcome] : "Next"}:** ${inlineToText(step.lead)}`,
      "",
    );
  if (paste) lines.push(`**Matched error:** \`${paste.words}\` (rule ${paste.rule})`);
  if (errorLines.length) lines.push("", "```", ...errorLines.slice(0, 20), "```");
  return `${lines.join("\n").trimEnd()}\n`;
}
