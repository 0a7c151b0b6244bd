import type { Outcome } from "./flow-types";
import { markdownText } from "./markdown/to-text";
import { provenanceLabel } from "./provenance";
import type { StepModel } from "./step-model";

/** What a ticket needs to know about a walk through a guide: made once, then copied or printed. */
export type Summary = {
  heading: string;
  stepTitle: string;
  /** "The fix", "Hand over to support", or "in progress". */
  status: string;
  rows: { question: string; answer: string; from: string }[];
  /** What to do next, or the outcome, in one line of plain text. */
  next: { label: string; text: string } | null;
  matched: { rule: string; words: string } | null;
  /** The share path; the page's origin goes in front of it when copied. */
  path: string;
};

const outcomeWords: Record<Outcome, string> = {
  resolved: "The fix",
  escalate: "Hand over to support",
};

export function summaryOf(model: StepModel): Summary {
  const rule = model.paste?.rule ?? null;
  return {
    heading: `Guidepath: ${model.flowTitle} (version ${model.version})`,
    stepTitle: model.step.title,
    status: model.outcome ? outcomeWords[model.outcome] : "in progress",
    rows: model.trail.map((entry) => ({
      question: entry.question,
      answer: entry.answer,
      from: provenanceLabel(entry.source, rule),
    })),
    next: model.step.lead
      ? {
          label: model.outcome ? outcomeWords[model.outcome] : "Next",
          text: markdownText(model.step.lead, { now: model.now }),
        }
      : null,
    matched: model.paste ? { rule: model.paste.rule, words: model.paste.words } : null,
    path: model.shareHref,
  };
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

/**
 * The summary as Markdown for a Jira or JSM ticket. `origin` makes the link absolute; matched
 * error lines, already redacted, are added while this browser still holds them.
 */
export function summaryMarkdown(
  summary: Summary,
  { origin, errorLines = [] }: { origin: string; errorLines?: readonly string[] },
): string {
  const lines = [
    `### ${summary.heading}`,
    "",
    `**Step reached:** ${summary.stepTitle} (${summary.status})`,
    `**Link:** ${origin}${summary.path}`,
    "",
  ];
  if (summary.rows.length) {
    lines.push("| # | Question | Answer | How we know |", "|---|---|---|---|");
    summary.rows.forEach((row, i) =>
      lines.push(`| ${i + 1} | ${cell(row.question)} | ${cell(row.answer)} | ${row.from} |`),
    );
    lines.push("");
  } else lines.push("No answers yet.", "");
  if (summary.next) lines.push(`**${summary.next.label}:** ${cell(summary.next.text)}`, "");
  if (summary.matched)
    lines.push(`**Matched error:** \`${summary.matched.words}\` (rule ${summary.matched.rule})`);
  if (errorLines.length) {
    const fence = errorLines.some((l) => l.includes("```")) ? "~~~~" : "```";
    lines.push("", fence, ...errorLines.slice(0, 20), fence);
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
