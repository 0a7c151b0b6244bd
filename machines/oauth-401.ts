import { assign, setup } from "xstate";

/**
 * Seed 000: Git Integration for Jira (Cloud) gets an OAuth connection error or a 401 page from an
 * Azure DevOps organization. The org policy *Third-party application access via OAuth* must be on;
 * for an organization connected to Microsoft Entra ID, *Enable IP Conditional Access policy
 * validation on non-interactive flows* off, or GitKraken's addresses allowed. Each fix reconnects
 * the integration and offers "still failing?", which leads to the next cause or to a hand-off.
 */
export const oauth401Machine = setup({
  types: {
    context: {} as { entraBacked: boolean },
    events: {} as
      | { type: "answer.oauth" }
      | { type: "answer.pat" }
      | { type: "answer.entra" }
      | { type: "answer.no-entra" }
      | { type: "answer.was-off" }
      | { type: "answer.already-on" }
      | { type: "answer.still-failing" }
      | { type: "answer.turned-off" }
      | { type: "answer.must-stay-on" }
      | { type: "answer.sign-in-blocked" },
    tags: {} as "resolved" | "escalate",
  },
  actions: {
    rememberEntraBacked: assign({ entraBacked: true }),
  },
  guards: {
    isEntraBacked: ({ context }) => context.entraBacked,
  },
}).createMachine({
  id: "oauth-401",
  context: { entraBacked: false },
  initial: "authMethod",
  states: {
    authMethod: {
      on: { "answer.oauth": "directory", "answer.pat": "patGuide" },
    },
    directory: {
      on: {
        "answer.entra": { target: "oauthPolicy", actions: "rememberEntraBacked" },
        "answer.no-entra": "oauthPolicy",
      },
    },
    oauthPolicy: {
      on: {
        "answer.was-off": "reconnect",
        // Policy already on: Entra-backed organizations check Conditional Access next; others
        // reconnect, which is GitKraken's fix for an expired OAuth connection.
        "answer.already-on": [
          { guard: "isEntraBacked", target: "conditionalAccess" },
          { target: "reconnect" },
        ],
      },
    },
    reconnect: {
      tags: ["resolved"],
      on: {
        "answer.still-failing": [
          { guard: "isEntraBacked", target: "conditionalAccess" },
          { target: "stillFailing" },
        ],
      },
    },
    conditionalAccess: {
      on: {
        "answer.turned-off": "reconnectAfterPolicy",
        "answer.must-stay-on": "allowAddresses",
        "answer.sign-in-blocked": "signInBlocked",
      },
    },
    reconnectAfterPolicy: {
      tags: ["resolved"],
      on: { "answer.still-failing": "stillFailing" },
    },
    allowAddresses: {
      tags: ["resolved"],
      on: { "answer.still-failing": "conditionalAccessHandoff" },
    },
    patGuide: { type: "final", tags: ["escalate"] },
    stillFailing: { type: "final", tags: ["escalate"] },
    conditionalAccessHandoff: { type: "final", tags: ["escalate"] },
    signInBlocked: { type: "final", tags: ["escalate"] },
  },
});
