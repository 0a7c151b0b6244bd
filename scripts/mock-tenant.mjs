// The local mock tenant for `npm run demo` and the browser tests: a real OpenID Connect provider
// over https on 127.0.0.1:3443 (MSAL signs in against it for real) and mock Azure DevOps and
// Entra endpoints on 127.0.0.1:4000. Only Microsoft's own services are replaced.
import http from "node:http";
import https from "node:https";
import { exportJWK, generateKeyPair } from "jose";
import { createApi } from "./mock-tenant/api.mjs";
import { autoLogin, createProvider } from "./mock-tenant/provider.mjs";
import { throwawayCertificate } from "./mock-tenant/tls.mjs";

const ISSUER = "https://127.0.0.1:3443";
const API_PORT = 4000;
const AUDIENCE = "https://ado.mock.test";
const SCOPE = "ado.read";
const apps = (process.env.MOCK_TENANT_APPS ?? "http://127.0.0.1:3000,http://localhost:3000").split(
  ",",
);
const quiet = process.env.MOCK_TENANT_QUIET === "1";
const log = (line) => quiet || console.log(`[mock-tenant] ${line}`);

const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), kid: "mock-tenant", alg: "RS256", use: "sig" };
const provider = createProvider({
  issuer: ISSUER,
  apps,
  clientId: "guidepath-demo",
  scope: SCOPE,
  audience: AUDIENCE,
  jwk,
});
provider.proxy = false;

https
  .createServer(throwawayCertificate(), autoLogin(provider))
  .listen(3443, "127.0.0.1", () => log(`OpenID Connect provider at ${ISSUER}`));
http
  .createServer(createApi({ apps, issuer: ISSUER, audience: AUDIENCE, publicKey, log }))
  .listen(API_PORT, "127.0.0.1", () =>
    log(`mock Azure DevOps and Entra at http://127.0.0.1:${API_PORT}`),
  );
