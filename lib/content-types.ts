import type { PhrasingContent, RootContent } from "mdast";
import type { FlowEntry } from "./flow-definition";

/** Where a fact comes from: the page that says it, and when we last checked that it still does. */
export type Source = { title: string; url?: string; date?: string; verified?: string };

export type Figure = {
  src: string;
  alt: string;
  caption: string;
  width: number;
  height: number;
};

export type Choice = {
  /** The words on the choice's link. */
  label: string;
  /** The answer as it reads in the trail and in a summary. Defaults to the label. */
  summary?: string;
  hint?: PhrasingContent[];
};

/** One step of a flow, read from `content/<flow>/steps/<state>.md`. */
export type Step = {
  /** The file it was read from, relative to the project, for messages. */
  file: string;
  /** The step's heading: the question, the instruction or the outcome. */
  title: string;
  /** What the question is about, in two or three words, for the answer trail and summaries. */
  topic?: string;
  /** A question about which error the person sees: it must offer "something else". */
  kind?: "which-error";
  lead?: PhrasingContent[];
  /** The lead as plain text, for summaries. */
  leadText?: string;
  /** The body: Markdown's syntax tree, rendered to React on the server. */
  body: RootContent[];
  choices: Record<string, Choice>;
  sources: Source[];
  /** Live mode: what to tell the person, by the reader's finding, when it answers nothing. */
  live: Record<string, string>;
};

/** Everything a flow says, read from its folder in `content/`. */
export type FlowCopy = {
  title: string;
  /** What the person sees, in their words: the home page lists flows by this. */
  symptom: string;
  /** One line: what this flow fixes. */
  fixes: string;
  /** Words and codes a person might search for. */
  keywords: string[];
  /** One entry per version, oldest first: what changed for people holding an older link. */
  changes: { version: number; date: string; summary: string }[];
  /** Words for the machine's named guards, for the map: the edge taken when it holds, and when not. */
  conditions: Record<string, { when: string; otherwise: string }>;
  figures: Record<string, Figure>;
  sources: Record<string, Source>;
  steps: Record<string, Step>;
};

/** A flow with its words, for code that serves every flow alike. */
export type Flow = FlowEntry & { content: FlowCopy };
