import { assign, setup } from "xstate";

type Protocol = "imap-pop" | "graph";
type Cloud = "commercial" | "us-government";

/**
 * Seed 002: the OAuth 2.0 integration between Jira / JSM (Data Center) mail handlers and Microsoft.
 * Setting up asks the three things that change the steps (Jira version, protocol, cloud), then
 * walks four pages of checklists: the integration in Jira with the app registration, the API
 * permissions, admin consent, then the client secret, the rest of Jira's form and its test.
 * Repairing starts from the error instead: each known error leads straight to its fix, and a fix
 * that did not work leads to a hand-off, never to a dead end.
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
      | { type: "answer.registered" }
      | { type: "answer.added" }
      | { type: "answer.granted" }
      | { type: "answer.no-admin" }
      | { type: "answer.connected" }
      | { type: "answer.failed" }
      | { type: "answer.still-failing" }
      | { type: "answer.aadsts7000215" }
      | { type: "answer.tenant-endpoint-error" }
      | { type: "answer.something-else" },
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
    isGraphUsGovernment: ({ context }) =>
      context.protocol === "graph" && context.cloud === "us-government",
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
        "answer.something-else": "authorizationFailed",
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
          { guard: "hasAppLinks", target: "registerApp" },
          { target: "registerAppBefore822" },
        ],
        "answer.us-government": [
          { guard: "hasAppLinks", target: "registerApp", actions: "useUsGovernment" },
          { target: "registerAppBefore822", actions: "useUsGovernment" },
        ],
      },
    },
    // Where the integration lives in Jira is the only difference between these two.
    registerApp: {
      on: {
        "answer.registered": [
          { guard: "isGraph", target: "graphPermissions" },
          { target: "mailPermissions" },
        ],
      },
    },
    registerAppBefore822: {
      on: {
        "answer.registered": [
          { guard: "isGraph", target: "graphPermissions" },
          { target: "mailPermissions" },
        ],
      },
    },
    mailPermissions: { on: { "answer.added": "adminConsent" } },
    graphPermissions: { on: { "answer.added": "adminConsent" } },
    adminConsent: {
      on: {
        "answer.granted": [
          { guard: "isGraphUsGovernment", target: "finishGraphSetupUsGovernment" },
          { guard: "isGraph", target: "finishGraphSetup" },
          { guard: "isUsGovernment", target: "finishMailSetupUsGovernment" },
          { target: "finishMailSetup" },
        ],
        "answer.no-admin": "consentHandoff",
      },
    },
    // The last page differs only by the scopes (and, for US Government, the endpoints).
    finishMailSetup: {
      on: { "answer.connected": "connected", "answer.failed": "repairError" },
    },
    finishMailSetupUsGovernment: {
      on: { "answer.connected": "connected", "answer.failed": "repairError" },
    },
    finishGraphSetup: {
      on: { "answer.connected": "connected", "answer.failed": "repairError" },
    },
    finishGraphSetupUsGovernment: {
      on: { "answer.connected": "connected", "answer.failed": "repairError" },
    },
    // The test worked but the mail handler does not: the next cause is whatever error it shows.
    connected: { tags: ["resolved"], on: { "answer.still-failing": "repairError" } },
    secretIdUsed: { tags: ["resolved"], on: { "answer.still-failing": "stillFailing" } },
    secretExpired: { tags: ["resolved"], on: { "answer.still-failing": "stillFailing" } },
    tenantEndpoints: { tags: ["resolved"], on: { "answer.still-failing": "stillFailing" } },
    redirectUri: { tags: ["resolved"], on: { "answer.still-failing": "stillFailing" } },
    consentMissing: { tags: ["resolved"], on: { "answer.still-failing": "stillFailing" } },
    mailboxAccess: { tags: ["resolved"], on: { "answer.still-failing": "stillFailing" } },
    settingsMismatch: { tags: ["resolved"], on: { "answer.still-failing": "stillFailing" } },
    reauthorize: { tags: ["resolved"], on: { "answer.still-failing": "stillFailing" } },
    authorizationFailed: { type: "final", tags: ["escalate"] },
    consentHandoff: { type: "final", tags: ["escalate"] },
    stillFailing: { type: "final", tags: ["escalate"] },
  },
});
