/** What a read saw, and where and when: shown beside the answer it gave. */
export type Evidence = { read: string; from: string; at: string; value: string };

/** Why the person is asked instead: a read that fails is never taken as an answer. */
export type FailureReason =
  | "not-permitted"
  | "not-found"
  | "network"
  | "timeout"
  | "needs-action"
  | "ambiguous"
  | "unrecognised";

export type Failure = { ok: false; reason: FailureReason; message: string };

/** Every step of a read answers with this: its own fields beside `ok: true`, or a failure. */
export type Result<T extends object> = ({ ok: true } & T) | Failure;

/** What a reader returns: a fact about the tenant with its evidence, or why it could not tell. */
export type Finding<F extends string> = Result<{ finding: F; evidence: Evidence }>;

export const fail = (reason: FailureReason, message: string): Failure => ({
  ok: false,
  reason,
  message,
});
