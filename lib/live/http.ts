import * as z from "zod/mini";
import { type Failure, type Result, fail } from "./result";

export type HttpAnswer = { status: number; headers: Record<string, string>; body: unknown };

/** An HTTP answer that is not a success becomes the reason the question is asked instead. */
export function statusFailure(answer: HttpAnswer, what: string): Failure | null {
  const { status } = answer;
  if (status >= 200 && status < 300) return null;
  if (status === 401 || status === 403)
    return fail("not-permitted", `You may not read ${what} (HTTP ${status}).`);
  if (status === 404) return fail("not-found", `${what} was not found (HTTP 404).`);
  if (status === 504) return fail("timeout", `Reading ${what} took too long.`);
  return fail("network", `Reading ${what} failed (HTTP ${status}).`);
}

const unrecognised = (who: string, what: string) =>
  fail("unrecognised", `${who} answered in a form we do not recognise when asked for ${what}.`);

/**
 * The body of a successful answer, checked against what the service documents. A body that does
 * not fit is a failure to read: guessing from it could give a wrong answer.
 */
export function bodyOf<S extends z.ZodMiniType>(
  answer: Result<HttpAnswer>,
  schema: S,
  who: string,
  what: string,
): Result<{ body: z.output<S> }> {
  if (!answer.ok) return answer;
  const failure = statusFailure(answer, what);
  if (failure) return failure;
  const parsed = schema.safeParse(answer.body);
  return parsed.success ? { ok: true, body: parsed.data } : unrecognised(who, what);
}

const proxied = z.object({
  status: z.number(),
  headers: z.record(z.string(), z.string()),
  body: z.unknown(),
});

/** The server proxy wraps Azure DevOps's own status, headers and body in its answer. */
export function unwrapProxied(answer: Result<HttpAnswer>): Result<HttpAnswer> {
  if (!answer.ok) return answer;
  if (answer.status !== 200)
    return fail("network", `The Azure DevOps proxy refused the read (HTTP ${answer.status}).`);
  const parsed = proxied.safeParse(answer.body);
  if (!parsed.success) return unrecognised("The Azure DevOps proxy", "a route of the organization");
  return { ok: true, ...parsed.data };
}
