import { assign, setup } from "xstate";

/**
 * Seed 000: Git Integration for Jira (Cloud) gets an OAuth connection error or a 401 page from an
 * Azure DevOps organization. The org policy *Third-party application access via OAuth* must be on;
 * for an organization connected to Microsoft Entra ID, Conditional Access policy validation off.
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
      | { type: "answer.connected" }
      | { type: "answer.still-failing" }
      | { type: "answer.turned-off" }
      | { type: "answer.must-stay-on" },
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
        "answer.already-on": [
          { guard: "isEntraBacked", target: "conditionalAccess" },
          { target: "stillFailing" },
        ],
      },
    },
    reconnect: {
      on: {
        "answer.connected": "fixed",
        "answer.still-failing": [
          { guard: "isEntraBacked", target: "conditionalAccess" },
          { target: "stillFailing" },
        ],
      },
    },
    conditionalAccess: {
      on: {
        "answer.turned-off": "reconnectAfterPolicy",
        "answer.must-stay-on": "conditionalAccessHandoff",
      },
    },
    reconnectAfterPolicy: {
      on: { "answer.connected": "fixed", "answer.still-failing": "stillFailing" },
    },
    fixed: { type: "final", tags: ["resolved"] },
    patGuide: { type: "final", tags: ["resolved"] },
    stillFailing: { type: "final", tags: ["escalate"] },
    conditionalAccessHandoff: { type: "final", tags: ["escalate"] },
  },
});
