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
                  description: "Enable IP Conditional Access policy validation",
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
    return send(res, 404, { message: "not found" });
  };
}
