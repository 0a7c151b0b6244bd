/**
 * The only requests the server proxy makes: fixed Azure DevOps routes of one organization, on the
 * configured Azure DevOps host. Anything else is refused before a connection is opened.
 */
export const PROXY_KINDS = {
  "connection-data": "/_apis/connectionData",
  policies: "/_settings/organizationPolicy?__rt=fps&__ver=2",
} as const;

export type ProxyKind = keyof typeof PROXY_KINDS;

const ORGANIZATION = /^[A-Za-z0-9][A-Za-z0-9-]{0,49}$/;

export function isProxyKind(kind: string): kind is ProxyKind {
  return Object.hasOwn(PROXY_KINDS, kind);
}

export function proxyTarget(base: string, organization: string, kind: string): URL | null {
  if (!ORGANIZATION.test(organization) || !isProxyKind(kind)) return null;
  const root = new URL(base);
  const target = new URL(
    `${root.pathname.replace(/\/$/, "")}/${organization}${PROXY_KINDS[kind]}`,
    root.origin,
  );
  return target.origin === root.origin ? target : null;
}
