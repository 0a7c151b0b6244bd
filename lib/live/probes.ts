import type { LiveConfig } from "./config";

export type Evidence = { read: string; from: string; at: string; value: string };

export type UnknownReason =
  "not-permitted" | "not-found" | "network" | "timeout" | "needs-action" | "bad-input";

export type ProbeResult =
  | { status: "known"; answer: string; evidence: Evidence }
  | { status: "unknown"; reason: UnknownReason; message: string };

export type HttpResult = { status: number; headers: Record<string, string>; body: unknown };

/** What a probe may use: the person's input, a token when signed in, and a fetch that never throws. */
export type ProbeContext = {
  input: string;
  config: LiveConfig;
  /** Calls the server proxy for an Azure DevOps route of the input organization. */
  ado: (
    kind: "connection-data" | "policies",
    withToken: boolean,
  ) => Promise<HttpResult | ProbeResult>;
  /** Calls a URL from the browser. */
  get: (url: string) => Promise<HttpResult | ProbeResult>;
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

const POLICIES = "ms.vss-admin-web.organization-policies-data-provider";
const ZERO_TENANT = "00000000-0000-0000-0000-000000000000";
const ORGANIZATION = /^[A-Za-z0-9][A-Za-z0-9-]{0,49}$/;
const DOMAIN = /^[A-Za-z0-9.-]{1,253}$/;

function isFailure(value: HttpResult | ProbeResult): value is ProbeResult {
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

type Policy = { policy?: { name?: string; effectiveValue?: unknown } };

/** The toggle as an admin sees it in Organization settings › Policies (the data provider inverts Disallow*). */
export function policyToggle(body: unknown, name: string): boolean | null {
  const data = (
    body as {
      fps?: { dataProviders?: { data?: Record<string, { policies?: Record<string, Policy[]> }> } };
    }
  )?.fps?.dataProviders?.data?.[POLICIES]?.policies;
  if (!data) return null;
  for (const group of Object.values(data)) {
    const found = group.find((p) => p.policy?.name === name);
    if (found && typeof found.policy?.effectiveValue === "boolean")
      return found.policy.effectiveValue;
  }
  return null;
}

const evidence = (ctx: ProbeContext, read: string, from: string, value: string): Evidence => ({
  read,
  from,
  at: ctx.now().toISOString(),
  value,
});

const organizationInput = {
  label: "Azure DevOps organization",
  hint: "The name in https://dev.azure.com/<name>",
  pattern: ORGANIZATION,
};

type PolicyRead = { on: boolean; evidence: Evidence } | ProbeResult;

async function readPolicy(ctx: ProbeContext, name: string, label: string): Promise<PolicyRead> {
  const response = await ctx.ado("policies", true);
  if (isFailure(response)) return response;
  const failure = failureOf(response, `the policies of ${ctx.input}`);
  if (failure) return failure;
  const on = policyToggle(response.body, name);
  if (on === null)
    return {
      status: "unknown",
      reason: "not-found",
      message: `The organization's settings did not include “${label}”.`,
    };
  return {
    on,
    evidence: evidence(
      ctx,
      label,
      `Organization settings › Policies of ${ctx.input}`,
      on ? "On" : "Off",
    ),
  };
}

export const probes: Probe[] = [
  {
    id: "ado-directory",
    flow: "oauth-401",
    state: "directory",
    input: organizationInput,
    needsSignIn: false,
    reads: "the directory your organization is connected to (public, no sign-in needed)",
    run: async (ctx) => {
      const response = await ctx.ado("connection-data", false);
      if (isFailure(response)) return response;
      const failure = failureOf(response, `the organization ${ctx.input}`);
      if (failure) return failure;
      const tenant = response.headers["x-vss-resourcetenant"];
      if (!tenant)
        return {
          status: "unknown",
          reason: "not-found",
          message: "Azure DevOps did not say which directory backs it.",
        };
      const entra = tenant !== ZERO_TENANT;
      return {
        status: "known",
        answer: entra ? "entra" : "no-entra",
        evidence: evidence(
          ctx,
          "Directory",
          `Azure DevOps connection data of ${ctx.input}`,
          entra ? "a Microsoft Entra ID tenant" : "Microsoft accounts only",
        ),
      };
    },
  },
  {
    id: "ado-oauth-policy",
    flow: "oauth-401",
    state: "oauthPolicy",
    input: organizationInput,
    needsSignIn: true,
    reads: "Organization settings › Policies (Azure DevOps, your sign-in)",
    run: async (ctx) => {
      const read = await readPolicy(
        ctx,
        "Policy.DisallowOAuthAuthentication",
        "Third-party application access via OAuth",
      );
      if ("status" in read) return read;
      if (!read.on)
        return {
          status: "unknown",
          reason: "needs-action",
          message: `Third-party application access via OAuth is Off in ${ctx.input}: turn it on as below, then answer.`,
        };
      return { status: "known", answer: "already-on", evidence: read.evidence };
    },
  },
  {
    id: "ado-conditional-access-validation",
    flow: "oauth-401",
    state: "conditionalAccess",
    input: organizationInput,
    needsSignIn: true,
    reads: "Organization settings › Policies (Azure DevOps, your sign-in)",
    run: async (ctx) => {
      const read = await readPolicy(
        ctx,
        "Policy.EnforceAADConditionalAccess",
        "Enable IP Conditional Access policy validation",
      );
      if ("status" in read) return read;
      if (read.on)
        return {
          status: "unknown",
          reason: "needs-action",
          message: `IP Conditional Access policy validation is still On in ${ctx.input}: set it to Off as below, or answer why it must stay on.`,
        };
      return { status: "known", answer: "turned-off", evidence: read.evidence };
    },
  },
  {
    id: "tenant-cloud",
    flow: "jira-mail-oauth",
    state: "cloud",
    input: {
      label: "Your Microsoft 365 domain",
      hint: "for example contoso.onmicrosoft.com",
      pattern: DOMAIN,
    },
    needsSignIn: false,
    reads: "your tenant's public OpenID configuration (no sign-in needed)",
    run: async (ctx) => {
      const url = `${ctx.config.loginBase}/${encodeURIComponent(ctx.input)}/v2.0/.well-known/openid-configuration`;
      const response = await ctx.get(url);
      if (isFailure(response)) return response;
      if (response.status === 400)
        return {
          status: "unknown",
          reason: "not-found",
          message: `No Microsoft tenant answers for ${ctx.input}.`,
        };
      const failure = failureOf(response, `the OpenID configuration of ${ctx.input}`);
      if (failure) return failure;
      const body = response.body as {
        tenant_region_sub_scope?: string;
        cloud_instance_name?: string;
      };
      const government =
        body.tenant_region_sub_scope === "DOD" ||
        body.tenant_region_sub_scope === "DODCON" ||
        body.cloud_instance_name === "microsoftonline.us";
      const value = government
        ? `US Government (${body.tenant_region_sub_scope ?? body.cloud_instance_name})`
        : body.tenant_region_sub_scope === "GCC"
          ? "GCC on the commercial cloud"
          : "commercial";
      return {
        status: "known",
        answer: government ? "us-government" : "commercial",
        evidence: evidence(ctx, "Cloud", `OpenID configuration of ${ctx.input}`, value),
      };
    },
  },
];

export function probeFor(flow: string, state: string): Probe | undefined {
  return probes.find((p) => p.flow === flow && p.state === state);
}
