import type { PhrasingContent } from "mdast";
import type { Choice, Flow, Step } from "./content-types";
import type { Outcome } from "./flow-types";
import type { EmbedTheme } from "./embed-theme";
import type { ProbeBinding } from "./live/binding";
import type { LiveConfig } from "./live/config";
import { type MapModel, mapModel } from "./map-model";
import { flowGraph, type FlowGraph } from "./flow-graph";
import { type Progress, progressOf } from "./progress";
import type { AnswerSource } from "./provenance";
import type { ReplayResult } from "./replay";
import { type DroppedNotice, type StepUrl, atAnswers, formatStepUrl } from "./step-url";

export type ChoiceLink = { answer: string; label: string; hint?: PhrasingContent[]; href: string };

export type TrailEntry = {
  question: string;
  answer: string;
  href: string;
  source: AnswerSource;
  /** The other answers that question offered: the branches not taken, for the agent view. */
  notTaken: string[];
};

/** Which words of a pasted error matched which rule, and how many answers that gave. */
export type PasteNote = { rule: string; words: string; source: string; count: number };

export type VersionNote = { from: number; changes: { version: number; summary: string }[] };

/** Live mode on a question its flow binds to a reader: the configuration and the binding. */
export type LiveStep = { config: LiveConfig; binding: ProbeBinding<string> };

/** What the loader adds: notes about the link, and live mode when this question has a probe. */
export type StepExtras = {
  paste: PasteNote | null;
  versionNote: VersionNote | null;
  live: LiveStep | null;
};

/** Everything a step page shows, worked out once from a flow, a replay and the URL. */
export type StepModel = StepExtras & {
  /** The clock the step was worked out at: countdowns in the words count from it. */
  now: number;
  flowId: string;
  flowTitle: string;
  version: number;
  /** What the current version changed, shown on a guide's first step once there is history. */
  latestChange: string | null;
  stateId: string;
  step: Step;
  figures: Flow["content"]["figures"];
  sources: Flow["content"]["sources"];
  outcome: Outcome | null;
  /** "Step 3 of about 7" on long flows. */
  progress: Progress | null;
  choices: ChoiceLink[];
  trail: TrailEntry[];
  notice: DroppedNotice | null;
  /** Inside a help center's frame: its theme. */
  embed: EmbedTheme | null;
  agent: boolean;
  /** The flow's map, on the map page and in the agent view. */
  map: MapModel | null;
  previousHref: string | null;
  startHref: string;
  /** This step as it is, with every mark (from the map page: the step itself). */
  currentHref: string;
  /** The flow's map at this step, keeping the agent view and the marks. */
  mapHref: string;
  /** The same step with the agent view switched the other way. */
  agentToggleHref: string;
  /** For each answer the current step takes, where it leads when read live. */
  liveHrefs: Record<string, string>;
  /** What to share: this step on the site, with the flow version; never pasted text or tenant data. */
  shareHref: string;
};

const graphs = new WeakMap<Flow["machine"], FlowGraph>();

function graphOf(flow: Flow): FlowGraph {
  const graph = graphs.get(flow.machine) ?? flowGraph(flow.machine);
  graphs.set(flow.machine, graph);
  return graph;
}

function choiceOf(step: Step, answer: string): Choice {
  const choice = step.choices[answer];
  if (!choice) throw new Error(`No choice "${answer}" in ${step.file}`);
  return choice;
}

function stepOf(flow: Flow, stateId: string): Step {
  const step = flow.content.steps[stateId];
  if (!step) throw new Error(`No step file for state "${stateId}" of ${flow.id}`);
  return step;
}

function sourceOf(url: StepUrl, index: number): AnswerSource {
  if (url.live.includes(index)) return "live";
  if (url.paste && index < url.paste.count) return "paste";
  return "person";
}

/** The view model of a step. `url` is the request's, with the answers the replay kept. */
export function stepModel(
  flow: Flow,
  result: ReplayResult,
  url: StepUrl,
  extras: StepExtras,
  /** The injected clock the step is worked out at. */
  now: number,
): StepModel {
  const answers = result.trail.map((entry) => entry.answer);
  // Links from a map lead back to the steps; from the site and the embed, they stay put.
  const here = atAnswers({ ...url, view: url.view === "map" ? "site" : url.view }, answers);
  const at = (path: readonly string[]) => formatStepUrl(atAnswers(here, path));
  const step = stepOf(flow, result.stateId);
  return {
    ...extras,
    now,
    flowId: flow.id,
    flowTitle: flow.content.title,
    version: flow.version,
    latestChange:
      flow.version > 1 && answers.length === 0
        ? (flow.content.changes.at(-1)?.summary ?? null)
        : null,
    stateId: result.stateId,
    step,
    figures: flow.content.figures,
    sources: flow.content.sources,
    outcome: result.outcome,
    progress: progressOf(graphOf(flow), result.stateId, answers.length),
    choices: result.choices.map((answer) => {
      const choice = choiceOf(step, answer);
      return { answer, label: choice.label, hint: choice.hint, href: at([...answers, answer]) };
    }),
    trail: result.trail.map(({ stateId, answer }, index) => {
      const asked = stepOf(flow, stateId);
      const choice = choiceOf(asked, answer);
      return {
        question: asked.topic ?? asked.title,
        answer: choice.summary ?? choice.label,
        href: at(answers.slice(0, index)),
        source: sourceOf(here, index),
        notTaken: Object.entries(asked.choices)
          .filter(([id]) => id !== answer)
          .map(([, other]) => other.summary ?? other.label),
      };
    }),
    notice: url.dropped,
    embed: url.view === "embed" ? { dark: url.dark, accent: url.accent } : null,
    agent: url.agent,
    map:
      url.view === "map" || url.agent
        ? mapModel(flow, result, (path) =>
            formatStepUrl(atAnswers({ ...here, view: "site" }, path)),
          )
        : null,
    previousHref: answers.length ? at(answers.slice(0, -1)) : null,
    startHref: at([]),
    currentHref: formatStepUrl(here),
    mapHref: formatStepUrl({ ...here, view: "map", dark: false, accent: null }),
    agentToggleHref: formatStepUrl({ ...here, agent: !here.agent }),
    liveHrefs: Object.fromEntries(
      result.choices.map((answer) => [
        answer,
        formatStepUrl({
          ...atAnswers(here, [...answers, answer]),
          live: [...here.live, answers.length],
        }),
      ]),
    ),
    shareHref: formatStepUrl({
      ...here,
      view: "site",
      dark: false,
      accent: null,
      version: flow.version,
    }),
  };
}
