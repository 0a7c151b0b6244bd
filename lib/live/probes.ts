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

type PatToken = {
  displayName?: string;
  scope?: string;
  targetAccounts?: string[] | null;
  validTo?: string;
};
type FoundToken = { token: PatToken; status: "active" | "expired" | "revoked" };

/**
 * The token Jira most likely uses: among the person's own tokens in the organization, the one
 * whose name mentions Jira or Git. Several such tokens, or none, and the person answers.
 */
async function readJiraToken(ctx: ProbeContext): Promise<FoundToken | ProbeResult> {
  const found: FoundToken[] = [];
  for (const status of ["active", "expired", "revoked"] as const) {
    const response = await ctx.ado(`pats-${status}`, true);
    if (isFailure(response)) return response;
    const failure = failureOf(response, `your personal access tokens in ${ctx.input}`);
    if (failure) return failure;
    const tokens = (response.body as { patTokens?: PatToken[] } | null)?.patTokens ?? [];
    for (const token of tokens)
      if (/jira|git/i.test(token.displayName ?? "")) found.push({ token, status });
  }
  if (found.length === 0)
    return {
      status: "unknown",
      reason: "not-found",
      message: `None of your tokens in ${ctx.input} is named after Jira or Git.`,
    };
  if (found.length > 1)
    return {
      status: "unknown",
      reason: "ambiguous",
      message: `Several of your tokens in ${ctx.input} are named after Jira or Git: check which one Jira holds.`,
    };
  return found[0]!;
}

const patInput = {
  label: "Azure DevOps organization",
  hint: "The name in https://dev.azure.com/<name>; the wizard looks for your token named after Jira or Git",
  pattern: ORGANIZATION,
};

function patProbe(
  state: string,
  read: string,
  classify: (found: FoundToken, now: Date) => { answer: string; value: string },
): Probe {
  return {
    id: `pat-${state}`,
    flow: "pat-not-authorized",
    state,
    input: patInput,
    needsSignIn: true,
    reads: "your own personal access tokens (Azure DevOps token lifecycle API, your sign-in)",
    run: async (ctx) => {
      const found = await readJiraToken(ctx);
      if (!("token" in found)) return found;
      const token = found;
      const { answer, value } = classify(token, ctx.now());
      return {
        status: "known",
        answer,
        evidence: evidence(
          ctx,
          read,
          `your token “${token.token.displayName}” in ${ctx.input}`,
          value,
        ),
      };
    },
  };
}

function scopeAnswer(scope: string): { answer: string; value: string } {
  const scopes = scope.split(/\s+/);
  if (scopes.includes("app_token")) return { answer: "full-access", value: "Full access" };
  if (scopes.some((s) => ["vso.code_write", "vso.code_manage", "vso.code_full"].includes(s)))
    return { answer: "code-read-write", value: "Code: Read & write" };
  if (scopes.includes("vso.code")) return { answer: "code-read", value: "Code: Read" };
  return { answer: "other-scopes", value: scope || "no scopes" };
}

const APP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const appInput = {
  label: "Application (client) ID",
  hint: "From the app registration's Overview page, for example 6a1f0c2e-…",
  pattern: APP_ID,
};
const JIRA_CALLBACK = "/plugins/servlet/oauth2/client/callback/";

type Application = {
  id?: string;
  passwordCredentials?: { hint?: string; keyId?: string; endDateTime?: string }[];
  displayName?: string;
  signInAudience?: string;
  web?: { redirectUris?: string[] };
  spa?: { redirectUris?: string[] };
};

async function graphJson(
  ctx: ProbeContext,
  path: string,
  what: string,
): Promise<unknown | ProbeResult> {
  const response = await ctx.graph(path);
  if (isFailure(response)) return response;
  return failureOf(response, what) ?? response.body;
}

const isResult = (value: unknown): value is ProbeResult =>
  typeof value === "object" &&
  value !== null &&
  "status" in value &&
  typeof (value as { status: unknown }).status === "string";

async function readApplication(ctx: ProbeContext): Promise<Application | ProbeResult> {
  const body = await graphJson(
    ctx,
    `/applications?$filter=appId eq '${ctx.input}'`,
    "the app registration",
  );
  if (isResult(body)) return body;
  const app = (body as { value?: Application[] } | null)?.value?.[0];
  return (
    app ?? {
      status: "unknown",
      reason: "not-found",
      message: `No app registration with the ID ${ctx.input} in your tenant.`,
    }
  );
}

export const probes: Probe[] = [
  {
    id: "app-secrets",
    flow: "jira-mail-oauth",
    state: "repairError",
    input: appInput,
    needsSignIn: true,
    reads: "the app's client secrets and their expiry (Microsoft Graph, your sign-in)",
    run: async (ctx) => {
      const app = await readApplication(ctx);
      if (isResult(app)) return app;
      const secrets = app.passwordCredentials ?? [];
      const valid = secrets.filter(
        (c) => c.endDateTime && Date.parse(c.endDateTime) > ctx.now().getTime(),
      );
      if (secrets.length && !valid.length) {
        const last = secrets
          .map((c) => c.endDateTime ?? "")
          .sort()
          .at(-1)
          ?.slice(0, 10);
        return {
          status: "known",
          answer: "secret-expired",
          evidence: evidence(
            ctx,
            "Client secrets",
            `Microsoft Graph, app “${app.displayName}”`,
            `all expired, the last on ${last}`,
          ),
        };
      }
      const current = valid[0];
      return {
        status: "unknown",
        reason: "needs-action",
        message: current
          ? `The app has a valid client secret: its Value begins with “${current.hint ?? "?"}” and its Secret ID is ${current.keyId ?? "?"}. If Jira's client secret is that ID (a GUID), paste the Value instead (AADSTS7000215); otherwise pick the error you see.`
          : "The app has no client secret: create one (step 16) and paste its Value into Jira.",
      };
    },
  },
  {
    id: "app-registration",
    flow: "jira-mail-oauth",
    state: "registerApp",
    input: appInput,
    needsSignIn: true,
    reads: "the app registration (Microsoft Graph, Application.Read.All, your sign-in)",
    run: async (ctx) => {
      const app = await readApplication(ctx);
      if (isResult(app)) return app;
      const problems: string[] = [];
      if (app.signInAudience !== "AzureADandPersonalMicrosoftAccount")
        problems.push(
          `its supported account types are ${app.signInAudience ?? "unknown"}, not multitenant and personal accounts`,
        );
      const web = app.web?.redirectUris ?? [];
      if (!web.some((uri) => uri.includes(JIRA_CALLBACK)))
        problems.push(
          (app.spa?.redirectUris ?? []).some((uri) => uri.includes(JIRA_CALLBACK))
            ? "Jira's redirect URL is registered as a single-page application, not Web"
            : "it has no Web redirect URI to Jira",
        );
      if (problems.length)
        return {
          status: "unknown",
          reason: "needs-action",
          message: `The app “${app.displayName}” is not registered as step 5 to 7 say: ${problems.join("; ")}.`,
        };
      return {
        status: "known",
        answer: "registered",
        evidence: evidence(
          ctx,
          "App registration",
          `Microsoft Graph, app “${app.displayName}”`,
          "multitenant and personal accounts, with a Web redirect URI to Jira",
        ),
      };
    },
  },
  {
    id: "admin-consent",
    flow: "jira-mail-oauth",
    state: "adminConsent",
    input: appInput,
    needsSignIn: true,
    reads: "the app's consent grants (Microsoft Graph, your sign-in)",
    run: async (ctx) => {
      const principals = await graphJson(
        ctx,
        `/servicePrincipals?$filter=appId eq '${ctx.input}'`,
        "the app's service principal",
      );
      if (isResult(principals)) return principals;
      const principal = (principals as { value?: { id?: string }[] } | null)?.value?.[0];
      if (!principal?.id)
        return {
          status: "unknown",
          reason: "needs-action",
          message:
            "The app has no service principal in your tenant yet: nobody has consented to it.",
        };
      const grants = await graphJson(
        ctx,
        `/oauth2PermissionGrants?$filter=clientId eq '${principal.id}'`,
        "the app's consent grants",
      );
      if (isResult(grants)) return grants;
      const admin = (
        (grants as { value?: { consentType?: string; scope?: string }[] } | null)?.value ?? []
      ).find((g) => g.consentType === "AllPrincipals");
      if (!admin)
        return {
          status: "unknown",
          reason: "needs-action",
          message:
            "No administrator has granted consent for the organization yet: an admin clicks Grant admin consent.",
        };
      return {
        status: "known",
        answer: "granted",
        evidence: evidence(
          ctx,
          "Admin consent",
          "Microsoft Graph, the app's permission grants",
          `granted for the organization (${admin.scope?.trim() ?? ""})`,
        ),
      };
    },
  },
  patProbe("tokenOrganization", "Organization", ({ token }) =>
    token.targetAccounts == null
      ? {
          answer: "all-organizations",
          value: "All accessible organizations (a global token, retired on 1 December 2026)",
        }
      : {
          answer: "one-organization",
          value: `${token.targetAccounts.length} specific organization(s)`,
        },
  ),
  patProbe("tokenScope", "Scopes", ({ token }) => scopeAnswer(token.scope ?? "")),
  patProbe("tokenStatus", "Status", ({ token, status }, now) => {
    if (status === "revoked") return { answer: "inactive", value: "Revoked" };
    const expired =
      status === "expired" ||
      (token.validTo !== undefined && Date.parse(token.validTo) < now.getTime());
    return expired
      ? { answer: "expired", value: `Expired on ${token.validTo?.slice(0, 10)}` }
      : { answer: "active", value: `Active until ${token.validTo?.slice(0, 10)}` };
  }),
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
