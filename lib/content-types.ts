import type { AnyStateMachine } from "xstate";
import type { AnswerIdOf, StateIdOf } from "./flow-types";

/** Copy uses the inline markup of `lib/inline.ts`. */
export type Inline = string;

/** Where a fact comes from; `url` only where the exact page is known. */
export type Source = { title: string; url?: string; date?: string };

export type Block =
  | { type: "p"; text: Inline }
  | { type: "list"; items: Inline[]; ordered?: boolean }
  | { type: "code"; label: string; code: string }
  | { type: "figure"; figure: string }
  | { type: "note"; tone: "info" | "warning"; title: string; text: Inline; sources?: Source[] };

export type ChoiceContent = {
  /** The words on the choice's link. */
  label: string;
  /** The answer as it reads in the trail and in a summary. Defaults to the label. */
  summary?: string;
  hint?: Inline;
};

export type StepContent<TAnswer extends string> = {
  /** The step's heading: the question, the instruction or the outcome. */
  title: string;
  /** What the question is about, in two or three words, for the answer trail and summaries. */
  topic?: string;
  lead?: Inline;
  body?: Block[];
  choices?: Partial<Record<TAnswer, ChoiceContent>>;
  sources?: Source[];
};

export type Figure = {
  src: string;
  alt: string;
  caption: string;
  width: number;
  height: number;
};

export type FlowContent<TMachine extends AnyStateMachine> = {
  title: string;
  /** What the person sees, in their words: the home page lists flows by this. */
  symptom: string;
  /** One line: what this flow fixes. */
  fixes: string;
  /** Words and codes a person might search for. */
  keywords: string[];
  figures: Record<string, Figure>;
  /** One entry per version, oldest first: what changed for people holding an older link. */
  changes: { version: number; date: string; summary: string }[];
  /** Words for the machine's named guards, for the map: the edge taken when it holds, and when not. */
  conditions?: Record<string, { when: string; otherwise: string }>;
  steps: { [S in StateIdOf<TMachine>]: StepContent<AnswerIdOf<TMachine>> };
};

/** A flow with its content's types erased, for code that serves every flow alike. */
export type Flow = {
  id: string;
  /** Bumped when a machine change stops old answer paths from replaying. */
  version: number;
  /** Dates where the flow's advice changes: tests replay every path on both sides of each. */
  dateEdges: readonly string[];
  machine: AnyStateMachine;
  content: Omit<FlowContent<AnyStateMachine>, "steps" | "figures"> & {
    steps: Record<string, StepContent<string>>;
    figures: Record<string, Figure>;
  };
};
