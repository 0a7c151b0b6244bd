import {
  type Probe,
  type ProbeContext,
  type ProbeResult,
  evidence,
  failureOf,
  isFailure,
  isResult,
} from "./probe-types";

const APP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const appInput = {
  label: "Application (client) ID",
  hint: "From the app registration's Overview page, for example 6a1f0c2e-…",
  pattern: APP_ID,
};
const JIRA_CALLBACK = "/plugins/servlet/oauth2/client/callback/";

const GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";

type Application = {
  requiredResourceAccess?: {
    resourceAppId?: string;
    resourceAccess?: { id?: string; type?: string }[];
  }[];
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

/** The delegated Microsoft Graph permissions an app asks for, by name (resolved through Graph's own service principal). */
async function delegatedGraphPermissions(
  ctx: ProbeContext,
  app: Application,
): Promise<string[] | ProbeResult> {
  const wanted = (app.requiredResourceAccess ?? [])
    .filter((r) => r.resourceAppId === GRAPH_APP_ID)
    .flatMap((r) => r.resourceAccess ?? [])
    .filter((a) => a.type === "Scope")
    .map((a) => a.id);
  const body = await graphJson(
    ctx,
    `/servicePrincipals?$filter=appId eq '${GRAPH_APP_ID}'`,
    "Microsoft Graph's permission names",
  );
  if (isResult(body)) return body;
  const scopes =
    (body as { value?: { oauth2PermissionScopes?: { id?: string; value?: string }[] }[] } | null)
      ?.value?.[0]?.oauth2PermissionScopes ?? [];
  return wanted.map((id) => scopes.find((s) => s.id === id)?.value ?? id ?? "").filter(Boolean);
}

function permissionsProbe(
  state: string,
  protocol: string,
  needed: (names: string[]) => string[],
): Probe {
  return {
    id: `app-permissions-${state}`,
    flow: "jira-mail-oauth",
    state,
    input: appInput,
    needsSignIn: true,
    reads: "the app registration's API permissions (Microsoft Graph, your sign-in)",
    run: async (ctx) => {
      const app = await readApplication(ctx);
      if (isResult(app)) return app;
      const names = await delegatedGraphPermissions(ctx, app);
      if (isResult(names)) return names;
      const missing = needed(names);
      if (missing.length)
        return {
          status: "unknown",
          reason: "needs-action",
          message: `The app “${app.displayName}” lacks the delegated permission ${missing.join(" and ")} for ${protocol}: add it as below.`,
        };
      return {
        status: "known",
        answer: "added",
        evidence: evidence(
          ctx,
          "Delegated permissions",
          `Microsoft Graph, app “${app.displayName}”`,
          names.join(", "),
        ),
      };
    },
  };
}

export const graphProbes: Probe[] = [
  permissionsProbe("mailPermissions", "IMAP or POP", (names) => [
    ...(names.includes("IMAP.AccessAsUser.All") || names.includes("POP.AccessAsUser.All")
      ? []
      : ["IMAP.AccessAsUser.All (or POP.AccessAsUser.All)"]),
    ...(names.includes("offline_access") ? [] : ["offline_access"]),
  ]),
  permissionsProbe("graphPermissions", "the Microsoft Graph API", (names) =>
    ["Mail.ReadWrite", "offline_access"].filter((name) => !names.includes(name)),
  ),
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
];
