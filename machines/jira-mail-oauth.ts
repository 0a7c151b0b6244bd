import { assign, setup } from "xstate";

type Protocol = "imap-pop" | "graph";
type Cloud = "commercial" | "us-government";

/**
 * Seed 002: the OAuth 2.0 integration between Jira / JSM mail handlers and Microsoft, from the
 * integration in Jira through the app registration in Microsoft Entra ID to the connection test.
 * The Jira version picks where the integration lives; protocol and cloud pick permissions and scopes.
 * Repairing starts from the error instead: each known error leads straight to its fix.
 */
export const jiraMailOauthMachine = setup({
  types: {
    context: {} as { appLinks: boolean; protocol: Protocol; cloud: Cloud },
    events: {} as
      | { type: "answer.set-up" }
      | { type: "answer.repair" }
      | { type: "answer.secret-expired" }
      | { type: "answer.redirect-uri" }
      | { type: "answer.consent" }
      | { type: "answer.mailbox" }
      | { type: "answer.settings-mismatch" }
      | { type: "answer.reauthorize" }
      | { type: "answer.jira-8-22-or-later" }
      | { type: "answer.jira-before-8-22" }
      | { type: "answer.imap-pop" }
      | { type: "answer.graph" }
      | { type: "answer.commercial" }
      | { type: "answer.us-government" }
      | { type: "answer.created" }
      | { type: "answer.copied" }
      | { type: "answer.registered" }
      | { type: "answer.added" }
      | { type: "answer.granted" }
      | { type: "answer.no-admin" }
      | { type: "answer.noted" }
      | { type: "answer.checked" }
      | { type: "answer.entered" }
      | { type: "answer.saved" }
      | { type: "answer.connected" }
      | { type: "answer.failed" }
      | { type: "answer.aadsts7000215" }
      | { type: "answer.tenant-endpoint-error" }
      | { type: "answer.other-error" },
    tags: {} as "resolved" | "escalate",
  },
  actions: {
    useAppLinks: assign({ appLinks: true }),
    useGraph: assign({ protocol: "graph" as Protocol }),
    useUsGovernment: assign({ cloud: "us-government" as Cloud }),
  },
  guards: {
    hasAppLinks: ({ context }) => context.appLinks,
    isGraph: ({ context }) => context.protocol === "graph",
    isUsGovernment: ({ context }) => context.cloud === "us-government",
  },
}).createMachine({
  id: "jira-mail-oauth",
  context: { appLinks: false, protocol: "imap-pop", cloud: "commercial" },
  initial: "goal",
  states: {
    goal: {
      on: { "answer.set-up": "jiraVersion", "answer.repair": "repairError" },
    },
    repairError: {
      on: {
        "answer.aadsts7000215": "secretIdUsed",
        "answer.secret-expired": "secretExpired",
        "answer.tenant-endpoint-error": "tenantEndpoints",
        "answer.redirect-uri": "redirectUri",
        "answer.consent": "consentMissing",
        "answer.mailbox": "mailboxAccess",
        "answer.settings-mismatch": "settingsMismatch",
        "answer.reauthorize": "reauthorize",
        "answer.other-error": "authorizationFailed",
      },
    },
    jiraVersion: {
      on: {
        "answer.jira-8-22-or-later": { target: "protocol", actions: "useAppLinks" },
        "answer.jira-before-8-22": "protocol",
      },
    },
    protocol: {
      on: { "answer.imap-pop": "cloud", "answer.graph": { target: "cloud", actions: "useGraph" } },
    },
    cloud: {
      on: {
        "answer.commercial": [
          { guard: "hasAppLinks", target: "createInApplicationLinks" },
          { target: "createInOauth2" },
        ],
        "answer.us-government": [
          { guard: "hasAppLinks", target: "createInApplicationLinks", actions: "useUsGovernment" },
          { target: "createInOauth2", actions: "useUsGovernment" },
        ],
      },
    },
    createInApplicationLinks: { on: { "answer.created": "copyRedirectUrl" } },
    createInOauth2: { on: { "answer.created": "copyRedirectUrl" } },
    copyRedirectUrl: { on: { "answer.copied": "registerApp" } },
    registerApp: {
      on: {
        "answer.registered": [
          { guard: "isGraph", target: "graphPermissions" },
          { target: "mailPermissions" },
        ],
      },
    },
    mailPermissions: { on: { "answer.added": "adminConsent" } },
    graphPermissions: { on: { "answer.added": "adminConsent" } },
    adminConsent: { on: { "answer.granted": "clientSecret", "answer.no-admin": "consentHandoff" } },
    clientSecret: { on: { "answer.noted": "clientId" } },
    clientId: { on: { "answer.noted": "endpoints" } },
    endpoints: { on: { "answer.checked": "jiraCredentials" } },
    jiraCredentials: {
      on: {
        "answer.entered": [
          { guard: "isGraph", target: "graphScopes" },
          { guard: "isUsGovernment", target: "usGovernmentScopes" },
          { target: "mailScopes" },
        ],
      },
    },
    mailScopes: { on: { "answer.saved": "testConnection" } },
    usGovernmentScopes: { on: { "answer.saved": "testConnection" } },
    graphScopes: { on: { "answer.saved": "testConnection" } },
    testConnection: { on: { "answer.connected": "connected", "answer.failed": "testFailed" } },
    testFailed: {
      on: {
        "answer.aadsts7000215": "secretIdUsed",
        "answer.tenant-endpoint-error": "tenantEndpoints",
        "answer.other-error": "authorizationFailed",
      },
    },
    connected: { type: "final", tags: ["resolved"] },
    secretExpired: { type: "final", tags: ["resolved"] },
    redirectUri: { type: "final", tags: ["resolved"] },
    consentMissing: { type: "final", tags: ["resolved"] },
    mailboxAccess: { type: "final", tags: ["resolved"] },
    settingsMismatch: { type: "final", tags: ["resolved"] },
    reauthorize: { type: "final", tags: ["resolved"] },
    secretIdUsed: { type: "final", tags: ["resolved"] },
    tenantEndpoints: { type: "final", tags: ["resolved"] },
    authorizationFailed: { type: "final", tags: ["escalate"] },
    consentHandoff: { type: "final", tags: ["escalate"] },
  },
});
