import type { ChoiceContent, Flow, StepContent } from "./content-types";
import type { Outcome } from "./flow-types";
import { type LinkState, plainLinks, stateHref } from "./link-state";
import type { ReplayResult } from "./replay";

export type ChoiceLink = { answer: string; label: string; hint?: string; href: string };
export type TrailEntry = {
  question: string;
  answer: string;
  href: string;
  fromPaste: boolean;
  fromLive: boolean;
  /** The other answers that question offered: the branches not taken, for the agent view. */
  notTaken: string[];
};

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
  agent: boolean;
  /** The same step with the agent view switched the other way. */
  agentToggleHref: string;
  /** For each answer the current step takes, where it leads when read live. */
  liveHrefs: Record<string, string>;
  /** What to share: this step for anyone, with the flow version; never pasted text or tenant data. */
  shareHref: string;
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
  links: LinkState = plainLinks,
): StepModel {
  const paste = links.paste;
  const answers = result.trail.map((entry) => entry.answer);
  // A link to a shorter path keeps only the pasted answers that are still on it.
  const href = (length: number) => stateHref(flow.id, answers.slice(0, length), links);
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
        href: stateHref(flow.id, [...answers, answer], links),
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
        fromLive: (links.live ?? []).includes(index),
        notTaken: Object.entries(asked.choices ?? {})
          .filter(([id]) => id !== answer)
          .map(([, other]) => other?.summary ?? other?.label ?? ""),
      };
    }),
    previousHref: answers.length ? href(answers.length - 1) : null,
    startHref: href(0),
    currentHref: href(answers.length),
    agent: links.agent,
    liveHrefs: Object.fromEntries(
      result.choices.map((answer) => [
        answer,
        stateHref(flow.id, [...answers, answer], {
          ...links,
          live: [...(links.live ?? []), answers.length],
        }),
      ]),
    ),
    agentToggleHref: stateHref(flow.id, answers, { ...links, agent: !links.agent }),
    shareHref: stateHref(
      flow.id,
      answers,
      { ...links, base: "", keep: {} },
      { v: String(flow.version) },
    ),
  };
}
