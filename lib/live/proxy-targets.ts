import { ORGANIZATION } from "./inputs";

/**
 * The only requests the server proxy makes: fixed Azure DevOps routes of one organization, on the
 * configured Azure DevOps hosts. Anything else is refused before a connection is opened.
 */
export const PROXY_KINDS = {
  "connection-data": { host: "ado", path: "/_apis/connectionData" },
  policies: { host: "ado", path: "/_settings/organizationPolicy?__rt=fps&__ver=2" },
  "pats-active": {
    host: "vssps",
    path: "/_apis/tokens/pats?displayFilterOption=active&api-version=7.1-preview.1",
  },
  "pats-expired": {
    host: "vssps",
    path: "/_apis/tokens/pats?displayFilterOption=expired&api-version=7.1-preview.1",
  },
  "pats-revoked": {
    host: "vssps",
    path: "/_apis/tokens/pats?displayFilterOption=revoked&api-version=7.1-preview.1",
  },
} as const;

export type ProxyKind = keyof typeof PROXY_KINDS;
export type ProxyBases = { ado: string; vssps: string };

export function isProxyKind(kind: string): kind is ProxyKind {
  return Object.hasOwn(PROXY_KINDS, kind);
}

export function proxyTarget(bases: ProxyBases, organization: string, kind: string): URL | null {
  if (!ORGANIZATION.test(organization) || !isProxyKind(kind)) return null;
  const { host, path } = PROXY_KINDS[kind];
  const root = new URL(bases[host]);
  const target = new URL(`${root.pathname.replace(/\/$/, "")}/${organization}${path}`, root.origin);
  return target.origin === root.origin ? target : null;
}
