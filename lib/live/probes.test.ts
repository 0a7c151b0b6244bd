import { describe, expect, it } from "vitest";
import type { LiveConfig } from "./config";
import {
  type HttpResult,
  type ProbeContext,
  type ProbeResult,
  policyToggle,
  probeFor,
  probes,
} from "./probes";

const config: LiveConfig = {
  clientId: "x",
  authority: "https://login.example.test/organizations",
  knownAuthorities: [],
  protocolMode: "AAD",
  adoScope: "s",
  graphScope: "g",
  graphBase: "https://graph.example.test/v1.0",
  loginBase: "https://login.example.test",
  timeoutMs: 1000,
};

// Responses in the shapes Microsoft documents (research/azure-apis.md): these stand in for the network.
function policiesBody(oauthAllowed: boolean, conditionalAccess: boolean) {
  return {
    fps: {
      dataProviders: {
        data: {
          "ms.vss-admin-web.organization-policies-data-provider": {
            policies: {
              applicationConnection: [
                {
                  policy: {
                    name: "Policy.DisallowOAuthAuthentication",
                    value: !oauthAllowed,
                    effectiveValue: oauthAllowed,
                  },
                },
              ],
              security: [
                {
                  policy: {
                    name: "Policy.EnforceAADConditionalAccess",
                    value: conditionalAccess,
                    effectiveValue: conditionalAccess,
                  },
                },
              ],
            },
          },
        },
      },
    },
  };
}

const unused = async (): Promise<HttpResult> => ({ status: 500, headers: {}, body: null });

/** A context whose sources a probe should not touch answer 500; the test gives the ones it reads. */
function sources(
  input: string,
  given: Partial<Pick<ProbeContext, "ado" | "get" | "graph">>,
): ProbeContext {
  return {
    input,
    config,
    ado: unused,
    get: unused,
    graph: unused,
    now: () => new Date("2026-11-20T12:00:00Z"),
    ...given,
  };
}

function context(input: string, reply: HttpResult | ProbeResult): ProbeContext {
  return {
    input,
    config,
    ado: async () => reply,
    get: async () => reply,
    graph: async () => reply,
    now: () => new Date("2026-11-20T12:00:00Z"),
  };
}

const run = (flow: string, state: string, input: string, reply: HttpResult | ProbeResult) =>
  probeFor(flow, state)!.run(context(input, reply));

describe("probes", () => {
  it("each answers with an answer its state takes", async () => {
    const { flows } = await import("@/content/registry");
    for (const probe of probes) {
      const flow = flows.find((f) => f.id === probe.flow)!;
      expect(flow.content.steps[probe.state], probe.id).toBeDefined();
    }
  });

  it("reads whether the organization is backed by Entra ID from X-VSS-ResourceTenant", async () => {
    const entra = await run("oauth-401", "directory", "contoso", {
      status: 200,
      headers: { "x-vss-resourcetenant": "6f1a0000-0000-4000-8000-00000000c0de" },
      body: {},
    });
    expect(entra).toMatchObject({
      status: "known",
      answer: "entra",
      evidence: { value: "a Microsoft Entra ID tenant" },
    });
    const msa = await run("oauth-401", "directory", "contoso", {
      status: 200,
      headers: { "x-vss-resourcetenant": "00000000-0000-0000-0000-000000000000" },
      body: {},
    });
    expect(msa).toMatchObject({ status: "known", answer: "no-entra" });
  });

  it("reads the OAuth policy the way the admin sees it, minding the inverted name", async () => {
    expect(policyToggle(policiesBody(true, false), "Policy.DisallowOAuthAuthentication")).toBe(
      true,
    );
    expect(
      await run("oauth-401", "oauthPolicy", "contoso", {
        status: 200,
        headers: {},
        body: policiesBody(true, false),
      }),
    ).toMatchObject({
      status: "known",
      answer: "already-on",
      evidence: { read: "Third-party application access via OAuth", value: "On" },
    });
    expect(
      await run("oauth-401", "oauthPolicy", "contoso", {
        status: 200,
        headers: {},
        body: policiesBody(false, false),
      }),
    ).toMatchObject({
      status: "unknown",
      reason: "needs-action",
    });
  });

  it("reads IP Conditional Access policy validation", async () => {
    expect(
      await run("oauth-401", "conditionalAccess", "c", {
        status: 200,
        headers: {},
        body: policiesBody(true, false),
      }),
    ).toMatchObject({ status: "known", answer: "turned-off" });
    expect(
      await run("oauth-401", "conditionalAccess", "c", {
        status: 200,
        headers: {},
        body: policiesBody(true, true),
      }),
    ).toMatchObject({ status: "unknown", reason: "needs-action" });
  });

  it("turns failures into reasons, never answers", async () => {
    expect(
      await run("oauth-401", "oauthPolicy", "c", { status: 403, headers: {}, body: {} }),
    ).toMatchObject({ status: "unknown", reason: "not-permitted" });
    expect(
      await run("oauth-401", "oauthPolicy", "c", { status: 401, headers: {}, body: {} }),
    ).toMatchObject({ status: "unknown", reason: "not-permitted" });
    expect(
      await run("oauth-401", "directory", "c", { status: 404, headers: {}, body: {} }),
    ).toMatchObject({ status: "unknown", reason: "not-found" });
    expect(
      await run("oauth-401", "directory", "c", { status: 504, headers: {}, body: {} }),
    ).toMatchObject({ status: "unknown", reason: "timeout" });
    expect(
      await run("oauth-401", "oauthPolicy", "c", { status: 200, headers: {}, body: { fps: {} } }),
    ).toMatchObject({ status: "unknown", reason: "not-found" });
    const network: ProbeResult = { status: "unknown", reason: "network", message: "blocked" };
    expect(await run("jira-mail-oauth", "cloud", "contoso.test", network)).toBe(network);
  });

  it("tells US Government clouds from the commercial cloud", async () => {
    const gov = await run("jira-mail-oauth", "cloud", "gov.test", {
      status: 200,
      headers: {},
      body: { tenant_region_sub_scope: "DODCON", cloud_instance_name: "microsoftonline.us" },
    });
    expect(gov).toMatchObject({ status: "known", answer: "us-government" });
    const gcc = await run("jira-mail-oauth", "cloud", "gcc.test", {
      status: 200,
      headers: {},
      body: { tenant_region_sub_scope: "GCC", cloud_instance_name: "microsoftonline.com" },
    });
    expect(gcc).toMatchObject({
      status: "known",
      answer: "commercial",
      evidence: { value: "GCC on the commercial cloud" },
    });
    expect(
      await run("jira-mail-oauth", "cloud", "nowhere.test", { status: 400, headers: {}, body: {} }),
    ).toMatchObject({ status: "unknown", reason: "not-found" });
  });

  it("reads the person's Jira token: organization, scopes and status", async () => {
    const lists: Record<string, unknown[]> = {
      "pats-active": [
        {
          displayName: "build-agent",
          scope: "vso.build",
          targetAccounts: ["a"],
          validTo: "2027-01-01T00:00:00Z",
        },
        {
          displayName: "jira-git-integration",
          scope: "app_token",
          targetAccounts: null,
          validTo: "2027-01-01T00:00:00Z",
        },
      ],
      "pats-expired": [],
      "pats-revoked": [],
    };
    const ctx = sources("contoso", {
      ado: async (kind) => ({
        status: 200,
        headers: {},
        body: { continuationToken: "", patTokens: lists[kind] },
      }),
    });
    expect(await probeFor("pat-not-authorized", "tokenOrganization")!.run(ctx)).toMatchObject({
      status: "known",
      answer: "all-organizations",
      evidence: { from: "your token “jira-git-integration” in contoso" },
    });
    expect(await probeFor("pat-not-authorized", "tokenScope")!.run(ctx)).toMatchObject({
      answer: "full-access",
    });
    expect(await probeFor("pat-not-authorized", "tokenStatus")!.run(ctx)).toMatchObject({
      answer: "active",
    });

    lists["pats-active"] = [];
    lists["pats-expired"] = [
      {
        displayName: "Jira",
        scope: "vso.code",
        targetAccounts: ["a"],
        validTo: "2026-01-01T00:00:00Z",
      },
    ];
    expect(await probeFor("pat-not-authorized", "tokenStatus")!.run(ctx)).toMatchObject({
      answer: "expired",
    });
    expect(await probeFor("pat-not-authorized", "tokenScope")!.run(ctx)).toMatchObject({
      answer: "code-read",
    });
    expect(await probeFor("pat-not-authorized", "tokenOrganization")!.run(ctx)).toMatchObject({
      answer: "one-organization",
    });

    lists["pats-revoked"] = [
      { displayName: "git sync", scope: "vso.code_write", targetAccounts: ["a"] },
    ];
    expect(await probeFor("pat-not-authorized", "tokenStatus")!.run(ctx)).toMatchObject({
      status: "unknown",
      reason: "ambiguous",
    });
    lists["pats-expired"] = [];
    lists["pats-revoked"] = [];
    expect(await probeFor("pat-not-authorized", "tokenStatus")!.run(ctx)).toMatchObject({
      status: "unknown",
      reason: "not-found",
    });
  });

  it("checks the Jira mail app registration and its admin consent in Microsoft Graph", async () => {
    const appId = "6a1f0c2e-0000-4000-8000-000000000001";
    let app: Record<string, unknown> = {
      id: "obj",
      displayName: "Jira mail",
      signInAudience: "AzureADandPersonalMicrosoftAccount",
      web: { redirectUris: ["https://jira.example.test/plugins/servlet/oauth2/client/callback/1"] },
    };
    let grants: unknown[] = [
      { consentType: "AllPrincipals", scope: " IMAP.AccessAsUser.All offline_access" },
    ];
    const ctx = sources(appId, {
      graph: async (path) => {
        if (path.startsWith("/applications"))
          return { status: 200, headers: {}, body: { value: [app] } };
        if (path.startsWith("/servicePrincipals"))
          return { status: 200, headers: {}, body: { value: [{ id: "sp" }] } };
        return { status: 200, headers: {}, body: { value: grants } };
      },
    });
    expect(await probeFor("jira-mail-oauth", "registerApp")!.run(ctx)).toMatchObject({
      status: "known",
      answer: "registered",
    });
    expect(await probeFor("jira-mail-oauth", "adminConsent")!.run(ctx)).toMatchObject({
      status: "known",
      answer: "granted",
    });

    app = {
      ...app,
      signInAudience: "AzureADMyOrg",
      web: {},
      spa: { redirectUris: ["https://jira.example.test/plugins/servlet/oauth2/client/callback/1"] },
    };
    const wrong = await probeFor("jira-mail-oauth", "registerApp")!.run(ctx);
    expect(wrong).toMatchObject({ status: "unknown", reason: "needs-action" });
    expect(wrong.status === "unknown" && wrong.message).toMatch(
      /AzureADMyOrg.*single-page application, not Web/,
    );
    grants = [{ consentType: "Principal", scope: "IMAP.AccessAsUser.All" }];
    expect(await probeFor("jira-mail-oauth", "adminConsent")!.run(ctx)).toMatchObject({
      status: "unknown",
      reason: "needs-action",
    });
  });

  it("reads whether every client secret has expired, and never claims which one Jira holds", async () => {
    let secrets = [{ hint: "Xy8", keyId: "k1", endDateTime: "2026-09-30T00:00:00Z" }];
    const ctx = sources("6a1f0c2e-0000-4000-8000-000000000006", {
      graph: async () => ({
        status: 200,
        headers: {},
        body: { value: [{ displayName: "Jira mail", passwordCredentials: secrets }] },
      }),
    });
    const probe = probeFor("jira-mail-oauth", "repairError")!;
    expect(await probe.run(ctx)).toMatchObject({
      status: "known",
      answer: "secret-expired",
      evidence: { value: "all expired, the last on 2026-09-30" },
    });
    secrets = [{ hint: "Xy8", keyId: "k2", endDateTime: "2027-09-30T00:00:00Z" }];
    const valid = await probe.run(ctx);
    expect(valid).toMatchObject({ status: "unknown", reason: "needs-action" });
    expect(valid.status === "unknown" && valid.message).toContain("Secret ID is k2");
  });

  it("names the delegated Graph permissions an app asks for, through Graph's own permission names", async () => {
    let ids = ["i-imap", "i-offline"];
    const ctx = sources("6a1f0c2e-0000-4000-8000-000000000001", {
      graph: async (path) =>
        path.startsWith("/applications")
          ? {
              status: 200,
              headers: {},
              body: {
                value: [
                  {
                    displayName: "Jira mail",
                    requiredResourceAccess: [
                      {
                        resourceAppId: "00000003-0000-0000-c000-000000000000",
                        resourceAccess: ids.map((id) => ({ id, type: "Scope" })),
                      },
                    ],
                  },
                ],
              },
            }
          : {
              status: 200,
              headers: {},
              body: {
                value: [
                  {
                    oauth2PermissionScopes: [
                      { id: "i-imap", value: "IMAP.AccessAsUser.All" },
                      { id: "i-offline", value: "offline_access" },
                      { id: "i-mail", value: "Mail.ReadWrite" },
                    ],
                  },
                ],
              },
            },
    });
    expect(await probeFor("jira-mail-oauth", "mailPermissions")!.run(ctx)).toMatchObject({
      status: "known",
      answer: "added",
      evidence: { value: "IMAP.AccessAsUser.All, offline_access" },
    });
    expect(await probeFor("jira-mail-oauth", "graphPermissions")!.run(ctx)).toMatchObject({
      status: "unknown",
      reason: "needs-action",
    });
    ids = ["i-mail", "i-offline"];
    expect(await probeFor("jira-mail-oauth", "graphPermissions")!.run(ctx)).toMatchObject({
      status: "known",
      answer: "added",
    });
    expect(await probeFor("jira-mail-oauth", "mailPermissions")!.run(ctx)).toMatchObject({
      status: "unknown",
      reason: "needs-action",
    });
  });
});
