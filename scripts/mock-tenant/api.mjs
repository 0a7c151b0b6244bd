import { jwtVerify } from "jose";

const POLICIES = "ms.vss-admin-web.organization-policies-data-provider";
const ZERO = "00000000-0000-0000-0000-000000000000";
const TENANT = "6f1a0000-0000-4000-8000-00000000c0de";

/**
 * Fault switches are names: an organization or a domain picks the behaviour, so parallel tests
 * and demo visitors never share state. Documented in the README's demo section.
 */
export const organizations = {
  contoso: { tenant: TENANT, oauthAllowed: true, conditionalAccess: false },
  "msa-org": { tenant: ZERO, oauthAllowed: true, conditionalAccess: false },
  "policy-off": { tenant: TENANT, oauthAllowed: false, conditionalAccess: false },
  "ca-on": { tenant: TENANT, oauthAllowed: true, conditionalAccess: true },
  forbidden: { tenant: TENANT, status: 403 },
  unauthorized: { tenant: TENANT, status: 401 },
  slow: { tenant: TENANT, delayMs: 5000 },
};

const ORG_ID = "38aaa865-2c70-4bf7-a308-0c6539c38c1a";
const jiraToken = (extra) => ({
  displayName: "jira-git-integration",
  authorizationId: "4c60c9ed-a378-4883-af16-d655ca025b11",
  validFrom: "2026-06-01T00:00:00Z",
  validTo: "2027-06-01T00:00:00Z",
  token: null,
  ...extra,
});
const buildToken = {
  displayName: "build-agent",
  scope: "vso.build",
  targetAccounts: [ORG_ID],
  validTo: "2027-01-01T00:00:00Z",
  token: null,
};

/** The signed-in person's tokens per organization, by list (active, expired, revoked). */
export const tokens = {
  contoso: {
    active: [buildToken, jiraToken({ scope: "app_token", targetAccounts: null })],
    expired: [],
    revoked: [],
  },
  "pat-one-org": {
    active: [jiraToken({ scope: "vso.code", targetAccounts: [ORG_ID] })],
    expired: [],
    revoked: [],
  },
  "pat-expired": {
    active: [],
    expired: [
      jiraToken({ scope: "vso.code_write", targetAccounts: null, validTo: "2026-10-01T00:00:00Z" }),
    ],
    revoked: [],
  },
  "pat-revoked": {
    active: [],
    expired: [],
    revoked: [jiraToken({ scope: "vso.code", targetAccounts: [ORG_ID] })],
  },
  "pat-none": { active: [buildToken], expired: [], revoked: [] },
  "pat-two": {
    active: [
      jiraToken({ scope: "vso.code", targetAccounts: null }),
      { ...jiraToken({ scope: "vso.code" }), displayName: "git-sync" },
    ],
    expired: [],
    revoked: [],
  },
};

const app = (n) => `6a1f0c2e-0000-4000-8000-00000000000${n}`;
const jiraRedirect = "https://jira.example.test/plugins/servlet/oauth2/client/callback/3f2a";
const secret = (endDateTime) => ({
  displayName: "jira-mail",
  hint: "Xy8",
  keyId: "3c1e9a0b-0000-4000-8000-00000000beef",
  endDateTime,
});
// Microsoft Graph's own service principal names its delegated permissions; the ids here are the mock's.
const GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
const graphScopes = [
  "IMAP.AccessAsUser.All",
  "POP.AccessAsUser.All",
  "offline_access",
  "User.Read",
  "Mail.ReadWrite",
].map((value, i) => ({ id: `0000000${i}-0000-4000-8000-00000000a11c`, value, type: "User" }));
const access = (...names) => [
  {
    resourceAppId: GRAPH_APP_ID,
    resourceAccess: names.map((name) => ({
      id: graphScopes.find((s) => s.value === name).id,
      type: "Scope",
    })),
  },
];
const goodApp = {
  requiredResourceAccess: access(
    "IMAP.AccessAsUser.All",
    "POP.AccessAsUser.All",
    "offline_access",
    "User.Read",
  ),
  signInAudience: "AzureADandPersonalMicrosoftAccount",
  web: { redirectUris: [jiraRedirect] },
  spa: { redirectUris: [] },
  passwordCredentials: [secret("2027-11-20T00:00:00Z")],
};

/** App registrations by Application (client) ID: each one a fault switch for the Graph probes. */
export const applications = {
  [app(1)]: { ...goodApp, displayName: "Jira mail", consent: "AllPrincipals" },
  [app(2)]: {
    displayName: "Jira mail (single tenant, SPA)",
    signInAudience: "AzureADMyOrg",
    web: { redirectUris: [] },
    spa: { redirectUris: [jiraRedirect] },
    consent: "AllPrincipals",
  },
  [app(3)]: { ...goodApp, displayName: "Jira mail (no admin consent)", consent: "Principal" },
  [app(4)]: { ...goodApp, displayName: "Jira mail (Graph refuses)", status: 403 },
  [app(5)]: {
    ...goodApp,
    displayName: "Jira mail (no CORS)",
    noCors: true,
    consent: "AllPrincipals",
  },
  [app(6)]: {
    ...goodApp,
    displayName: "Jira mail (secret expired)",
    consent: "AllPrincipals",
    passwordCredentials: [secret("2026-09-30T00:00:00Z")],
  },
  [app(7)]: {
    ...goodApp,
    displayName: "Jira mail (no offline_access)",
    consent: "AllPrincipals",
    requiredResourceAccess: access("IMAP.AccessAsUser.All", "User.Read"),
  },
};

export const domains = {
  "contoso.test": { cloud: "microsoftonline.com", subScope: null },
  "gcc.test": { cloud: "microsoftonline.com", subScope: "GCC" },
  "gov.test": { cloud: "microsoftonline.us", subScope: "DODCON" },
  "nocors.test": { cloud: "microsoftonline.com", subScope: null, noCors: true },
  "slow.test": { cloud: "microsoftonline.com", subScope: null, delayMs: 5000 },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function send(res, status, body, headers = {}) {
  res
    .writeHead(status, { "content-type": "application/json", ...headers })
    .end(JSON.stringify(body));
}

function policy(name, effectiveValue, description) {
  return {
    policy: { name, value: !effectiveValue, effectiveValue },
    description,
    applicableServiceHost: 2,
  };
}

/** Data-provider shape of Organization settings › Policies (Disallow* values arrive inverted). */
function policiesPayload(org) {
  return {
    fps: {
      dataProviders: {
        data: {
          [POLICIES]: {
            policies: {
              applicationConnection: [
                policy(
                  "Policy.DisallowOAuthAuthentication",
                  org.oauthAllowed,
                  "Third-party application access via OAuth",
                ),
                policy("Policy.DisallowSecureShell", true, "SSH authentication"),
              ],
              security: [
                {
                  policy: {
                    name: "Policy.EnforceAADConditionalAccess",
                    value: org.conditionalAccess,
                    effectiveValue: org.conditionalAccess,
                  },
                  description:
                    "Enable IP Conditional Access policy validation on non-interactive flows",
                },
              ],
            },
            invertedPolicies: [
              "Policy.DisallowBasicAuthentication",
              "Policy.DisallowOAuthAuthentication",
              "Policy.DisallowAadGuestUserAccess",
              "Policy.DisallowSecureShell",
            ],
          },
        },
      },
    },
  };
}

/** Mock Azure DevOps (under /ado) and the public OpenID configuration of Entra tenants (under /login). */
export function createApi({ apps, issuer, audience, publicKey, log }) {
  const cors = (req) => {
    const origin = req.headers.origin;
    return origin && apps.includes(origin)
      ? { "access-control-allow-origin": origin, vary: "Origin" }
      : {};
  };

  async function bearerValid(req) {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!token) return false;
    try {
      await jwtVerify(token, publicKey, { issuer, audience });
      return true;
    } catch {
      return false;
    }
  }

  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://mock");
    log(`${req.method} ${url.pathname}`);
    if (url.pathname === "/health") return send(res, 200, { ok: true });

    const login = /^\/login\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(
      url.pathname,
    );
    if (login) {
      if (req.method === "OPTIONS") return res.writeHead(204, cors(req)).end();
      const domain = domains[decodeURIComponent(login[1])];
      if (domain?.delayMs) await sleep(domain.delayMs);
      const headers = domain?.noCors ? {} : cors(req);
      if (!domain)
        return send(
          res,
          400,
          { error: "invalid_tenant", error_description: "AADSTS90002: Tenant not found." },
          headers,
        );
      return send(
        res,
        200,
        {
          issuer: `https://login.${domain.cloud}/${TENANT}/v2.0`,
          cloud_instance_name: domain.cloud,
          ...(domain.subScope ? { tenant_region_sub_scope: domain.subScope } : {}),
        },
        headers,
      );
    }

    const ado = /^\/ado\/([^/]+)\/(_apis\/connectionData|_settings\/organizationPolicy)$/.exec(
      url.pathname,
    );
    if (ado && req.method === "GET") {
      const org = organizations[ado[1]];
      if (!org)
        return send(res, 404, { message: "VS800075: The project or organization does not exist." });
      if (org.delayMs) await sleep(org.delayMs);
      if (ado[2] === "_apis/connectionData") {
        return send(
          res,
          200,
          { authenticatedUser: { id: ZERO }, instanceId: "mock" },
          { "x-vss-resourcetenant": org.tenant },
        );
      }
      if (!(await bearerValid(req)))
        return send(res, 401, {
          message: "TF400813: The user is not authorized to access this resource.",
        });
      if (org.status === 403)
        return send(res, 403, {
          message:
            "VS403463: The conditional access policy defined by your Microsoft Entra administrator has failed.",
        });
      if (org.status === 401)
        return send(res, 401, {
          message: "TF400813: The user is not authorized to access this resource.",
        });
      return send(res, 200, policiesPayload(org));
    }
    const graph = /^\/graph\/v1\.0\/(applications|servicePrincipals|oauth2PermissionGrants)$/.exec(
      url.pathname,
    );
    if (graph) {
      const preflight = {
        ...cors(req),
        "access-control-allow-headers": "Authorization",
        "access-control-allow-methods": "GET",
      };
      if (req.method === "OPTIONS") return res.writeHead(204, preflight).end();
      const id = /eq '([^']+)'/.exec(url.searchParams.get("$filter") ?? "")?.[1] ?? "";
      if (graph[1] === "servicePrincipals" && id === GRAPH_APP_ID) {
        if (!(await bearerValid(req)))
          return send(res, 401, { error: { code: "InvalidAuthenticationToken" } }, cors(req));
        return send(
          res,
          200,
          { value: [{ id: "sp-graph", appId: GRAPH_APP_ID, oauth2PermissionScopes: graphScopes }] },
          cors(req),
        );
      }
      const byPrincipal = Object.entries(applications).find(([appId]) => `sp-${appId}` === id);
      const [appId, entry] =
        graph[1] === "oauth2PermissionGrants" ? (byPrincipal ?? []) : [id, applications[id]];
      const headers = entry?.noCors ? {} : cors(req);
      // The demo signs in once, for Azure DevOps: its token stands for the Graph one too.
      if (!(await bearerValid(req)))
        return send(res, 401, { error: { code: "InvalidAuthenticationToken" } }, headers);
      if (entry?.status)
        return send(
          res,
          entry.status,
          {
            error: {
              code: "Authorization_RequestDenied",
              message: "Insufficient privileges to complete the operation.",
            },
          },
          headers,
        );
      if (!entry) return send(res, 200, { value: [] }, headers);
      if (graph[1] === "applications")
        return send(
          res,
          200,
          {
            value: [
              {
                id: `obj-${appId}`,
                appId,
                displayName: entry.displayName,
                signInAudience: entry.signInAudience,
                web: entry.web,
                spa: entry.spa,
                passwordCredentials: entry.passwordCredentials,
                requiredResourceAccess: entry.requiredResourceAccess,
              },
            ],
          },
          headers,
        );
      if (graph[1] === "servicePrincipals")
        return send(res, 200, { value: [{ id: `sp-${appId}`, appId }] }, headers);
      return send(
        res,
        200,
        {
          value: [
            {
              clientId: `sp-${appId}`,
              consentType: entry.consent,
              scope: " IMAP.AccessAsUser.All POP.AccessAsUser.All offline_access User.Read",
            },
          ],
        },
        headers,
      );
    }

    const pats = /^\/vssps\/([^/]+)\/_apis\/tokens\/pats$/.exec(url.pathname);
    if (pats && req.method === "GET") {
      const lists =
        tokens[pats[1]] ??
        (organizations[pats[1]] ? { active: [], expired: [], revoked: [] } : null);
      if (!lists)
        return send(res, 404, { message: "VS800075: The project or organization does not exist." });
      if (!(await bearerValid(req)))
        return send(res, 401, {
          message: "TF400813: The user is not authorized to access this resource.",
        });
      const filter = url.searchParams.get("displayFilterOption") ?? "active";
      return send(res, 200, { continuationToken: "", patTokens: lists[filter] ?? [] });
    }
    return send(res, 404, { message: "not found" });
  };
}
