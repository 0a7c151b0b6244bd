import type { AccountInfo, PublicClientApplication } from "@azure/msal-browser";
import type { LiveConfig } from "@/lib/live/config";

// MSAL loads only here, on demand: never in a page's first load. Tokens stay in sessionStorage.
const ACTIVE = "guidepath.live.active";
let instance: Promise<PublicClientApplication> | null = null;

function create(config: LiveConfig): Promise<PublicClientApplication> {
  return (async () => {
    const { PublicClientApplication, ProtocolMode } = await import("@azure/msal-browser");
    const pca = new PublicClientApplication({
      auth: {
        clientId: config.clientId,
        authority: config.authority,
        knownAuthorities: config.knownAuthorities,
        redirectUri: `${window.location.origin}/auth/redirect`,
        ...(config.protocolMode === "OIDC"
          ? { OIDCOptions: { defaultScopes: ["openid", "profile"] } }
          : {}),
      },
      system: {
        protocolMode: config.protocolMode === "OIDC" ? ProtocolMode.OIDC : ProtocolMode.AAD,
      },
      cache: { cacheLocation: "sessionStorage" },
    });
    await pca.initialize();
    const result = await pca.handleRedirectPromise();
    if (result?.account) pca.setActiveAccount(result.account);
    else if (!pca.getActiveAccount()) pca.setActiveAccount(pca.getAllAccounts()[0] ?? null);
    return pca;
  })();
}

export function msal(config: LiveConfig): Promise<PublicClientApplication> {
  instance ??= create(config);
  return instance;
}

/** Whether this tab started a sign-in before: only then is MSAL loaded when a page opens. */
export function wasSignedIn(): boolean {
  return sessionStorage.getItem(ACTIVE) === "1";
}

export async function signIn(config: LiveConfig): Promise<void> {
  sessionStorage.setItem(ACTIVE, "1");
  const pca = await msal(config);
  await pca.loginRedirect({ scopes: [config.adoScope], redirectStartPage: window.location.href });
}

export async function account(config: LiveConfig): Promise<AccountInfo | null> {
  return (await msal(config)).getActiveAccount();
}

/** A token for one resource, or null when nobody is signed in in this tab. */
async function token(config: LiveConfig, scope: string): Promise<string | null> {
  const pca = await msal(config);
  const active = pca.getActiveAccount();
  if (!active) return null;
  const result = await pca.acquireTokenSilent({ scopes: [scope], account: active });
  return result.accessToken;
}

/** A token for Azure DevOps, and one for Microsoft Graph: one resource each, asked for separately. */
export const adoToken = (config: LiveConfig) => token(config, config.adoScope);
export const graphToken = (config: LiveConfig) => token(config, config.graphScope);
