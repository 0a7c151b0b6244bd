import Provider from "oidc-provider";

export const users = {
  alice: { sub: "alice", name: "Alice Admin", preferred_username: "alice@contoso.test" },
};

/**
 * A real OpenID Connect provider for the demo and the tests, with one public client (PKCE, no
 * secret) whose access tokens for `scope` are JWTs for the mock Azure DevOps API.
 */
export function createProvider({ issuer, apps, clientId, scope, audience, jwk }) {
  return new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        application_type: "web",
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        redirect_uris: apps.map((app) => `${app}/auth/redirect`),
        post_logout_redirect_uris: apps.map((app) => `${app}/`),
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ["mock-tenant-cookie-key-not-a-secret"] },
    pkce: { required: () => true },
    clientBasedCORS: (_ctx, origin) => apps.includes(origin),
    scopes: ["openid", "profile", "offline_access", scope],
    claims: { openid: ["sub"], profile: ["name", "preferred_username"] },
    conformIdTokenClaims: false,
    findAccount: async (_ctx, sub) =>
      users[sub] && { accountId: sub, claims: async () => users[sub] },
    // A first-party test client: no consent screen.
    loadExistingGrant: async (ctx) => {
      const { oidc } = ctx;
      const id = oidc.result?.consent?.grantId || oidc.session.grantIdFor(oidc.client.clientId);
      const grant =
        (id && (await oidc.provider.Grant.find(id))) ||
        new oidc.provider.Grant({
          clientId: oidc.client.clientId,
          accountId: oidc.session.accountId,
        });
      grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(" "));
      if (oidc.requestParamClaims) grant.addOIDCClaims([...oidc.requestParamClaims]);
      for (const [indicator, server] of Object.entries(oidc.resourceServers || {}))
        grant.addResourceScope(indicator, server.scope);
      await grant.save();
      return grant;
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: (ctx) =>
          (ctx.oidc.params?.scope || "").split(" ").includes(scope) ? audience : undefined,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== audience) throw new Provider.errors.InvalidTarget();
          return { scope, audience, accessTokenFormat: "jwt", accessTokenTTL: 3600 };
        },
      },
    },
  });
}

/** Logs the test user in without a form: the provider sends the browser to /interaction/:uid. */
export function autoLogin(provider) {
  const handler = provider.callback();
  return async (req, res) => {
    if (req.method === "GET" && /^\/interaction\/[^/]+$/.test(req.url ?? "")) {
      const { prompt, params } = await provider.interactionDetails(req, res);
      if (prompt.name === "login") {
        const accountId = users[params.login_hint] ? params.login_hint : "alice";
        return provider.interactionFinished(
          req,
          res,
          { login: { accountId } },
          { mergeWithLastSubmission: false },
        );
      }
    }
    return handler(req, res);
  };
}
