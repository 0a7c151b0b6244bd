import type { FindingOf, ReaderId, ReaderParams } from "./reader-catalog";

/**
 * Every finding of the reader, each to an answer of the machine, or to `null` where the finding
 * answers nothing and the person is asked instead: what to tell them then is the step's words,
 * under `live:` in its Markdown front matter.
 */
export type AnswerMap<F extends string, A extends string> = { readonly [K in F]: A | null };

type Shape<R extends ReaderId, A extends string> = {
  readonly reader: R;
  readonly answers: AnswerMap<FindingOf<R>, A>;
} & (R extends keyof ReaderParams
  ? { readonly params: ReaderParams[R] }
  : { readonly params?: undefined });

/** The parameters a reader is given: none for most. */
export type ParamsOf<R extends ReaderId> = Shape<R, string>["params"];

/** A binding of one reader, typed by its id: its params and its findings are that reader's. */
export type BindingOf<R extends ReaderId, A extends string> = { [K in R]: Shape<K, A> }[R];

/**
 * How a flow answers one of its states live: which reader, with which parameters, and what each
 * finding means there. Data only, so the step page can hand it to the browser.
 */
export type ProbeBinding<A extends string> = BindingOf<ReaderId, A>;
