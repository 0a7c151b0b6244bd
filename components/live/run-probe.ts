import type { ProbeBinding } from "@/lib/live/binding";
import type { LiveConfig } from "@/lib/live/config";
import { type HttpAnswer, unwrapProxied } from "@/lib/live/http";
import type { ReaderContext } from "@/lib/live/reader-context";
import { type Failure, type Result, fail } from "@/lib/live/result";
import { type Asks, type ProbeOutcome, runBinding } from "@/lib/live/run-binding";
import { adoToken, graphToken } from "./msal-session";

// MSAL's error codes when a token cannot be had silently: expired sign-in, consent needed.
const SIGN_IN_AGAIN =
  /interaction_required|login_required|consent_required|invalid_grant|no_tokens_found/;

function failed(error: unknown): Failure {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
    return fail("timeout", "The read took too long.");
  const code =
    typeof error === "object" &&
    error !== null &&
    "errorCode" in error &&
    typeof error.errorCode === "string"
      ? error.errorCode
      : "";
  if (SIGN_IN_AGAIN.test(code))
    return fail(
      "not-permitted",
      `Your sign-in has expired or needs consent (${code}): sign in again.`,
    );
  return fail("network", "The read was blocked (network or CORS) before an answer came back.");
}

type Authorization = Result<{ headers: Record<string, string> }>;

async function bearer(
  token: (config: LiveConfig) => Promise<string | null>,
  config: LiveConfig,
): Promise<Authorization> {
  try {
    const value = await token(config);
    if (!value) return fail("not-permitted", "You are not signed in.");
    return { ok: true, headers: { authorization: `Bearer ${value}` } };
  } catch (error) {
    return failed(error);
  }
}

async function getJson(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<Result<HttpAnswer>> {
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    const body: unknown = await response.json().catch(() => null);
    return {
      ok: true,
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body,
    };
  } catch (error) {
    return failed(error);
  }
}

/** Runs a binding in the browser: Azure DevOps through our proxy, the rest directly. */
export function runProbe(
  binding: ProbeBinding<string>,
  input: string,
  config: LiveConfig,
  asks: Asks,
): Promise<ProbeOutcome> {
  const anonymous: Authorization = { ok: true, headers: {} };
  const ctx: ReaderContext = {
    input,
    config,
    now: () => new Date(),
    get: (url) => getJson(url, {}, config.timeoutMs),
    graph: async (path) => {
      const auth = await bearer(graphToken, config);
      if (!auth.ok) return auth;
      return getJson(`${config.graphBase}${path}`, auth.headers, config.timeoutMs);
    },
    ado: async (kind, withToken) => {
      const auth = withToken ? await bearer(adoToken, config) : anonymous;
      if (!auth.ok) return auth;
      const url = `/api/live/ado/${encodeURIComponent(input)}/${kind}`;
      return unwrapProxied(await getJson(url, auth.headers, config.timeoutMs + 2000));
    },
  };
  return runBinding(binding, ctx, asks);
}
