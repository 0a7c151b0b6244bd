import type { LiveConfig } from "@/lib/live/config";
import type { HttpResult, Probe, ProbeResult } from "@/lib/live/probes";
import { adoToken, graphToken } from "./msal-session";

function failed(error: unknown): ProbeResult {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
    return { status: "unknown", reason: "timeout", message: "The read took too long." };
  if (error instanceof Error && error.message === "signed-out")
    return { status: "unknown", reason: "not-permitted", message: "You are not signed in." };
  // MSAL's errors when a token cannot be had silently: expired sign-in, consent needed.
  const code = (error as { errorCode?: string } | null)?.errorCode ?? "";
  if (
    /interaction_required|login_required|consent_required|invalid_grant|no_tokens_found/.test(code)
  )
    return {
      status: "unknown",
      reason: "not-permitted",
      message: `Your sign-in has expired or needs consent (${code}): sign in again.`,
    };
  return {
    status: "unknown",
    reason: "network",
    message: "The read was blocked (network or CORS) before an answer came back.",
  };
}

async function getJson(
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<HttpResult | ProbeResult> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body: unknown = await response.json().catch(() => null);
    return { status: response.status, headers: Object.fromEntries(response.headers), body };
  } catch (error) {
    return failed(error);
  }
}

/** Runs a probe in the browser: Azure DevOps through our proxy, public documents directly. */
export async function runProbe(
  probe: Probe,
  input: string,
  config: LiveConfig,
): Promise<ProbeResult> {
  return probe.run({
    input,
    config,
    now: () => new Date(),
    get: (url) => getJson(url, {}, config.timeoutMs),
    graph: async (path) => {
      try {
        const headers = { authorization: `Bearer ${await graphToken(config)}` };
        return await getJson(`${config.graphBase}${path}`, { headers }, config.timeoutMs);
      } catch (error) {
        return failed(error);
      }
    },
    ado: async (kind, withToken) => {
      let headers: Record<string, string> = {};
      if (withToken) {
        try {
          headers = { authorization: `Bearer ${await adoToken(config)}` };
        } catch (error) {
          return failed(error);
        }
      }
      const proxied = await getJson(
        `/api/live/ado/${encodeURIComponent(input)}/${kind}`,
        { headers },
        config.timeoutMs + 2000,
      );
      if (!("headers" in proxied)) return proxied;
      // The proxy wraps Azure DevOps's own status, headers and body in its answer.
      return proxied.body as HttpResult;
    },
  });
}
