/**
 * Placeholder, to be completed with the live-probe redesign: how a flow binds a generic reader in
 * lib/live to one of its states, mapping what the reader finds to that state's answers.
 */
export type ProbeBinding<TAnswer extends string> = {
  reader: string;
  answers: Readonly<Record<string, TAnswer>>;
};
