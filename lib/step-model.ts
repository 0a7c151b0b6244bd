import type { ChoiceContent, Flow, StepContent } from "./content-types";
import type { Outcome } from "./flow-types";
import { flowHref } from "./flow-url";
import { type PasteProvenance, provenanceQuery } from "./provenance";
import type { ReplayResult } from "./replay";

export type ChoiceLink = { answer: string; label: string; hint?: string; href: string };
export type TrailEntry = { question: string; answer: string; href: string; fromPaste: boolean };

/** Everything a step page shows, worked out once from a flow and a replay. */
export type StepModel = {
  flowId: string;
  flowTitle: string;
  version: number;
  /** What the current version changed, shown on a guide's first step once there is history. */
  latestChange: string | null;
  stateId: string;
  step: StepContent<string>;
  outcome: Outcome | null;
  choices: ChoiceLink[];
  trail: TrailEntry[];
  previousHref: string | null;
  startHref: string;
  currentHref: string;
};

function choiceOf(step: StepContent<string> | undefined, answer: string): ChoiceContent {
  const choice = step?.choices?.[answer];
  if (!choice) throw new Error(`No copy for answer "${answer}"`);
  return choice;
}

function stepOf(flow: Flow, stateId: string): StepContent<string> {
  const step = flow.content.steps[stateId];
  if (!step) throw new Error(`No copy for state "${stateId}" of ${flow.id}`);
  return step;
}

export function stepModel(
  flow: Flow,
  result: ReplayResult,
  paste: PasteProvenance | null = null,
): StepModel {
  const answers = result.trail.map((entry) => entry.answer);
  // A link to a shorter path keeps only the pasted answers that are still on it.
  const href = (length: number) =>
    flowHref(flow.id, answers.slice(0, length)) +
    provenanceQuery(paste && { ...paste, count: Math.min(paste.count, length) });
  const step = stepOf(flow, result.stateId);
  return {
    flowId: flow.id,
    flowTitle: flow.content.title,
    version: flow.version,
    latestChange:
      flow.version > 1 && answers.length === 0
        ? (flow.content.changes.at(-1)?.summary ?? null)
        : null,
    stateId: result.stateId,
    step,
    outcome: result.outcome,
    choices: result.choices.map((answer) => {
      const choice = choiceOf(step, answer);
      return {
        answer,
        label: choice.label,
        hint: choice.hint,
        href: flowHref(flow.id, [...answers, answer]) + provenanceQuery(paste),
      };
    }),
    trail: result.trail.map(({ stateId, answer }, index) => {
      const asked = stepOf(flow, stateId);
      const choice = choiceOf(asked, answer);
      return {
        question: asked.topic ?? asked.title,
        answer: choice.summary ?? choice.label,
        href: href(index),
        fromPaste: paste !== null && index < paste.count,
      };
    }),
    previousHref: answers.length ? href(answers.length - 1) : null,
    startHref: flowHref(flow.id, []),
    currentHref: flowHref(flow.id, answers),
  };
}
