import { assign, setup } from "xstate";

/**
 * Seeds 003 and 004: a service asks for access to Azure DevOps. Check the approval page is
 * legitimate and approve it, or review and revoke authorizations. What a legitimate page looks
 * like depends on the deployment: Azure DevOps Server 2019 shows Azure DevOps's own approval page;
 * Services, the current Server, 2022 and 2020 a Microsoft Entra ID sign-in and consent.
 */
export const manageAuthorizationsMachine = setup({
  types: {
    context: {} as { server2019: boolean },
    events: {} as
      | { type: "answer.services" }
      | { type: "answer.server-2019" }
      | { type: "answer.approve" }
      | { type: "answer.review" }
      | { type: "answer.not-met" }
      | { type: "answer.legitimate" }
      | { type: "answer.suspicious" }
      | { type: "answer.revoked" }
      | { type: "answer.not-listed" }
      | { type: "answer.still-failing" },
    tags: {} as "resolved" | "escalate",
  },
  actions: {
    rememberServer2019: assign({ server2019: true }),
  },
  guards: {
    isServer2019: ({ context }) => context.server2019,
  },
}).createMachine({
  id: "manage-authorizations",
  context: { server2019: false },
  initial: "deployment",
  states: {
    deployment: {
      on: {
        "answer.services": "task",
        "answer.server-2019": { target: "task", actions: "rememberServer2019" },
      },
    },
    // The prerequisites are the same for both tasks: the task step lists them.
    task: {
      on: {
        "answer.approve": [
          { guard: "isServer2019", target: "checkPage2019" },
          { target: "checkPage" },
        ],
        "answer.review": [
          { guard: "isServer2019", target: "reviewAuthorizations2019" },
          { target: "reviewAuthorizations" },
        ],
        "answer.not-met": "accessHandoff",
      },
    },
    checkPage: {
      on: { "answer.legitimate": "authorized", "answer.suspicious": "suspiciousPage" },
    },
    checkPage2019: {
      on: { "answer.legitimate": "authorized", "answer.suspicious": "suspiciousPage" },
    },
    reviewAuthorizations: {
      on: { "answer.revoked": "revoked", "answer.not-listed": "notListed" },
    },
    reviewAuthorizations2019: {
      on: { "answer.revoked": "revoked", "answer.not-listed": "notListed" },
    },
    authorized: {
      tags: ["resolved"],
      on: { "answer.still-failing": "serviceStillDenied" },
    },
    // A service that keeps its access after a revoke likely holds another kind of access.
    revoked: {
      tags: ["resolved"],
      on: { "answer.still-failing": "notListed" },
    },
    suspiciousPage: { type: "final", tags: ["escalate"] },
    notListed: { type: "final", tags: ["escalate"] },
    serviceStillDenied: { type: "final", tags: ["escalate"] },
    accessHandoff: { type: "final", tags: ["escalate"] },
  },
});
