import type { LiveConfig } from "./config";
import type { ProxyKind } from "./proxy-targets";

export type Evidence = { read: string; from: string; at: string; value: string };

export type UnknownReason =
  "not-permitted" | "not-found" | "network" | "timeout" | "needs-action" | "ambiguous";

export type ProbeResult =
  | { status: "known"; answer: string; evidence: Evidence }
  | { status: "unknown"; reason: UnknownReason; message: string };

export type HttpResult = { status: number; headers: Record<string, string>; body: unknown };

/** What a probe may use: the person's input, a token when signed in, and a fetch that never throws. */
export type ProbeContext = {
  input: string;
  config: LiveConfig;
  /** Calls the server proxy for an Azure DevOps route of the input organization. */
  ado: (kind: ProxyKind, withToken: boolean) => Promise<HttpResult | ProbeResult>;
  /** Calls a URL from the browser. */
  get: (url: string) => Promise<HttpResult | ProbeResult>;
  /** Calls Microsoft Graph from the browser with the person's Graph token. */
  graph: (path: string) => Promise<HttpResult | ProbeResult>;
  now: () => Date;
};

export type Probe = {
  id: string;
  flow: string;
  state: string;
  input: { label: string; hint: string; pattern: RegExp };
  needsSignIn: boolean;
  /** What it reads and with which scope, in words shown next to the button. */
  reads: string;
  run: (ctx: ProbeContext) => Promise<ProbeResult>;
};

export function isFailure(value: HttpResult | ProbeResult): value is ProbeResult {
  return "status" in value && typeof value.status === "string";
}

/** An HTTP answer that is not a success becomes the reason the question is asked instead. */
export function failureOf(result: HttpResult, what: string): ProbeResult | null {
  if (result.status >= 200 && result.status < 300) return null;
  if (result.status === 401 || result.status === 403)
    return {
      status: "unknown",
      reason: "not-permitted",
      message: `You may not read ${what} (HTTP ${result.status}).`,
    };
  if (result.status === 404)
    return { status: "unknown", reason: "not-found", message: `${what} was not found (HTTP 404).` };
  if (result.status === 504)
    return { status: "unknown", reason: "timeout", message: `Reading ${what} took too long.` };
  return {
    status: "unknown",
    reason: "network",
    message: `Reading ${what} failed (HTTP ${result.status}).`,
  };
}

export const evidence = (
  ctx: ProbeContext,
  read: string,
  from: string,
  value: string,
): Evidence => ({
  read,
  from,
  at: ctx.now().toISOString(),
  value,
});

export const isResult = (value: unknown): value is ProbeResult =>
  typeof value === "object" &&
  value !== null &&
  "status" in value &&
  typeof (value as { status: unknown }).status === "string";
