import { describe, expect, it } from "vitest";
import { probes } from "@/content/jira-mail-oauth/probes";
import type { ProbeBinding } from "./binding";
import { runBinding } from "./run-binding";
import { type Reply, http, sources } from "./test-context";

const APP_ID = "6a1f0c2e-0000-4000-8000-000000000001";
const GRAPH = "00000003-0000-0000-c000-000000000000";
const CALLBACK = "https://jira.example.test/plugins/servlet/oauth2/client/callback/1";
const bound = (state: keyof typeof probes): ProbeBinding<string> => probes[state]!;

/** Microsoft Graph answering for one app registration, its principal and its grants. */
function graph(app: Record<string, unknown>, grants: unknown[] = [], overrides: Reply[] = []) {
  return sources(APP_ID, {
    graph: async (path) => {
      const override = overrides.shift();
      if (override) return override;
      if (path.startsWith("/applications")) return http(200, { value: [app] });
      if (path === `/servicePrincipals?$filter=appId eq '${GRAPH}'`)
        return http(200, {
          value: [
            {
              oauth2PermissionScopes: [
                { id: "i-imap", value: "IMAP.AccessAsUser.All" },
                { id: "i-offline", value: "offline_access" },
                { id: "i-mail", value: "Mail.ReadWrite" },
              ],
            },
          ],
        });
      if (path.startsWith("/servicePrincipals")) return http(200, { value: [{ id: "sp" }] });
      return http(200, { value: grants });
    },
  });
}

const registered = {
  displayName: "Jira mail",
  signInAudience: "AzureADandPersonalMicrosoftAccount",
  web: { redirectUris: [CALLBACK] },
};
const asking = (...ids: string[]) => ({
  ...registered,
  requiredResourceAccess: [
    { resourceAppId: GRAPH, resourceAccess: ids.map((id) => ({ id, type: "Scope" })) },
  ],
});

describe("jira-mail-oauth Graph bindings", () => {
  it("check the app registration", async () => {
    expect(await runBinding(bound("registerApp"), graph(registered))).toMatchObject({
      ok: true,
      answer: "registered",
      evidence: { read: "App registration", from: "Microsoft Graph, app “Jira mail”" },
    });
    const spa = { ...registered, signInAudience: "AzureADMyOrg", web: {}, spa: registered.web };
    expect(await runBinding(bound("registerApp"), graph(spa))).toEqual({
      ok: false,
      reason: "needs-action",
      message:
        "The app “Jira mail” is not registered as the steps above say: its supported account types are AzureADMyOrg, not multitenant and personal accounts; Jira's redirect URL is registered as a single-page application, not Web.",
    });
    expect(
      await runBinding(bound("registerApp"), graph({}, [], [http(200, { value: [] })])),
    ).toEqual({
      ok: false,
      reason: "not-found",
      message: `No app registration with the ID ${APP_ID} in your tenant.`,
    });
  });

  it("check admin consent for the organization", async () => {
    const admin = [
      { consentType: "AllPrincipals", scope: " IMAP.AccessAsUser.All offline_access" },
    ];
    expect(await runBinding(bound("adminConsent"), graph(registered, admin))).toMatchObject({
      ok: true,
      answer: "granted",
      evidence: { value: "granted for the organization (IMAP.AccessAsUser.All offline_access)" },
    });
    const personal = [{ consentType: "Principal", scope: "IMAP.AccessAsUser.All" }];
    expect(await runBinding(bound("adminConsent"), graph(registered, personal))).toMatchObject({
      reason: "needs-action",
      message: expect.stringContaining("No administrator has granted consent"),
    });
    const noPrincipal = graph(registered, [], [http(200, { value: [] })]);
    expect(await runBinding(bound("adminConsent"), noPrincipal)).toMatchObject({
      reason: "needs-action",
      message: expect.stringContaining("no service principal"),
    });
  });

  it("read whether every client secret has expired, never which one Jira holds", async () => {
    const secret = (keyId: string, endDateTime: string) => ({ hint: "Xy8", keyId, endDateTime });
    const expired = { ...registered, passwordCredentials: [secret("k1", "2026-09-30T00:00:00Z")] };
    expect(await runBinding(bound("repairError"), graph(expired))).toMatchObject({
      ok: true,
      answer: "secret-expired",
      evidence: { read: "Client secrets", value: "all expired, the last on 2026-09-30" },
    });
    const valid = { ...registered, passwordCredentials: [secret("k2", "2027-09-30T00:00:00Z")] };
    const answer = await runBinding(bound("repairError"), graph(valid));
    expect(answer).toMatchObject({ ok: false, reason: "needs-action" });
    expect(!answer.ok && answer.message).toContain("Secret ID is k2");
    expect(await runBinding(bound("repairError"), graph(registered))).toMatchObject({
      message:
        "The app has no client secret: create one in the app registration and paste its Value into Jira.",
    });
  });

  it("name the delegated Graph permissions an app asks for, through Graph's own names", async () => {
    const imap = graph(asking("i-imap", "i-offline"));
    expect(await runBinding(bound("mailPermissions"), imap)).toMatchObject({
      ok: true,
      answer: "added",
      evidence: { read: "Delegated permissions", value: "IMAP.AccessAsUser.All, offline_access" },
    });
    expect(await runBinding(bound("graphPermissions"), imap)).toEqual({
      ok: false,
      reason: "needs-action",
      message:
        "The app “Jira mail” lacks the delegated permission Mail.ReadWrite for the Microsoft Graph API: add it as below.",
    });
    const mail = graph(asking("i-mail", "i-offline"));
    expect(await runBinding(bound("graphPermissions"), mail)).toMatchObject({ answer: "added" });
    expect(await runBinding(bound("mailPermissions"), graph(asking("i-mail")))).toEqual({
      ok: false,
      reason: "needs-action",
      message:
        "The app “Jira mail” lacks the delegated permission IMAP.AccessAsUser.All (or POP.AccessAsUser.All) and offline_access for IMAP or POP: add it as below.",
    });
  });

  it("pass Graph's refusals on", async () => {
    expect(await runBinding(bound("registerApp"), graph({}, [], [http(403)]))).toEqual({
      ok: false,
      reason: "not-permitted",
      message: "You may not read the app registration (HTTP 403).",
    });
  });

  it("refuse Graph answers in a form it does not recognise", async () => {
    const unrecognised = (what: string) => ({
      ok: false,
      reason: "unrecognised",
      message: `Microsoft Graph answered in a form we do not recognise when asked for ${what}.`,
    });
    for (const body of [null, {}, { value: "app" }, { value: [{ web: { redirectUris: "x" } }] }])
      expect(await runBinding(bound("registerApp"), graph({}, [], [http(200, body)]))).toEqual(
        unrecognised("the app registration"),
      );
    const names = graph(
      asking("i-imap"),
      [],
      [
        http(200, { value: [asking("i-imap")] }),
        http(200, { value: [{ oauth2PermissionScopes: {} }] }),
      ],
    );
    expect(await runBinding(bound("mailPermissions"), names)).toEqual(
      unrecognised("Microsoft Graph's permission names"),
    );
    const grants = graph(
      registered,
      [],
      [http(200, { value: [{ id: "sp" }] }), http(200, { value: [7] })],
    );
    expect(await runBinding(bound("adminConsent"), grants)).toEqual(
      unrecognised("the app's consent grants"),
    );
  });
});
