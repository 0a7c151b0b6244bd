/** How the wizard is configured against the local mock tenant, for `npm run demo` and the tests. */
export function demoEnv() {
  return {
    GUIDEPATH_LIVE_CLIENT_ID: "guidepath-demo",
    GUIDEPATH_LIVE_AUTHORITY: "https://127.0.0.1:3443/",
    GUIDEPATH_LIVE_PROTOCOL: "OIDC",
    GUIDEPATH_LIVE_KNOWN_AUTHORITIES: "127.0.0.1:3443",
    GUIDEPATH_ADO_SCOPE: "ado.read",
    GUIDEPATH_ADO_BASE: "http://127.0.0.1:4000/ado",
    GUIDEPATH_VSSPS_BASE: "http://127.0.0.1:4000/vssps",
    GUIDEPATH_LOGIN_BASE: "http://127.0.0.1:4000/login",
    GUIDEPATH_GRAPH_BASE: "http://127.0.0.1:4000/graph/v1.0",
    // One sign-in for the demo: the mock's Graph accepts the Azure DevOps token.
    GUIDEPATH_GRAPH_SCOPE: "ado.read",
    GUIDEPATH_LIVE_TIMEOUT_MS: "2000",
  };
}
