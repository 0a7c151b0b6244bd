/** Live mode's configuration, from the server's environment. Without it live mode stays hidden. */
export type LiveConfig = {
  clientId: string;
  authority: string;
  knownAuthorities: string[];
  protocolMode: "AAD" | "OIDC";
  /** Scope for Azure DevOps tokens. */
  adoScope: string;
  /** Scope for Microsoft Graph tokens (reading app registrations), and Graph's base URL. */
  graphScope: string;
  graphBase: string;
  /** Where tenants' public OpenID configurations are read from (the cloud check), from the browser. */
  loginBase: string;
  timeoutMs: number;
};

export const ADO_RESOURCE_SCOPE = "499b84ac-1321-427f-aa17-267ca6975798/.default";

type Env = Record<string, string | undefined>;

function httpsUrl(name: string, value: string): string {
  const url = new URL(value);
  if (url.protocol !== "https:") throw new Error(`${name} must be an https URL: ${value}`);
  return value;
}

export function liveConfig(env: Env = process.env): LiveConfig | null {
  const clientId = env.GUIDEPATH_LIVE_CLIENT_ID;
  const authority = env.GUIDEPATH_LIVE_AUTHORITY;
  if (!clientId || !authority) return null;
  return {
    clientId,
    authority: httpsUrl("GUIDEPATH_LIVE_AUTHORITY", authority),
    knownAuthorities: (env.GUIDEPATH_LIVE_KNOWN_AUTHORITIES ?? "").split(",").filter(Boolean),
    protocolMode: env.GUIDEPATH_LIVE_PROTOCOL === "OIDC" ? "OIDC" : "AAD",
    adoScope: env.GUIDEPATH_ADO_SCOPE ?? ADO_RESOURCE_SCOPE,
    graphScope: env.GUIDEPATH_GRAPH_SCOPE ?? "https://graph.microsoft.com/Application.Read.All",
    graphBase: env.GUIDEPATH_GRAPH_BASE ?? "https://graph.microsoft.com/v1.0",
    loginBase: env.GUIDEPATH_LOGIN_BASE ?? "https://login.microsoftonline.com",
    timeoutMs: Number(env.GUIDEPATH_LIVE_TIMEOUT_MS ?? 8000),
  };
}

/** Base URLs of Azure DevOps for the server proxy (a mock tenant in tests and demos). */
export function adoBases(env: Env = process.env): { ado: string; vssps: string } {
  return {
    ado: env.GUIDEPATH_ADO_BASE ?? "https://dev.azure.com",
    vssps: env.GUIDEPATH_VSSPS_BASE ?? "https://vssps.dev.azure.com",
  };
}

/** Origins the browser may call for live mode, for the CSP's connect-src. */
export function liveConnectOrigins(config: LiveConfig | null): string[] {
  if (!config) return [];
  return [
    ...new Set(
      [config.authority, config.loginBase, config.graphBase].map((url) => new URL(url).origin),
    ),
  ];
}
