import { assign, setup } from "xstate";

/**
 * Seeds 003 and 004: a service asks for access to Azure DevOps. Check the prerequisites, check the
 * approval page is legitimate, approve; or review and revoke authorizations. Azure DevOps Server
 * 2019 and Services / Server 2020 and 2022 differ in what the approval looks like.
 */
export const manageAuthorizationsMachine = setup({
  types: {
    context: {} as { server2019: boolean },
    events: {} as
      | { type: "answer.services" }
      | { type: "answer.server-2019" }
      | { type: "answer.met" }
      | { type: "answer.not-met" }
      | { type: "answer.approve" }
      | { type: "answer.review" }
      | { type: "answer.legitimate" }
      | { type: "answer.suspicious" }
      | { type: "answer.approved" }
      | { type: "answer.revoked" }
      | { type: "answer.not-listed" },
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
        "answer.services": "prerequisites",
        "answer.server-2019": { target: "prerequisites", actions: "rememberServer2019" },
      },
    },
    prerequisites: {
      on: { "answer.met": "task", "answer.not-met": "accessHandoff" },
    },
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
      },
    },
    checkPage: {
      on: { "answer.legitimate": "approve", "answer.suspicious": "suspiciousPage" },
    },
    checkPage2019: {
      on: { "answer.legitimate": "approve", "answer.suspicious": "suspiciousPage" },
    },
    approve: {
      on: { "answer.approved": "authorized" },
    },
    reviewAuthorizations: {
      on: { "answer.revoked": "revoked", "answer.not-listed": "notListed" },
    },
    reviewAuthorizations2019: {
      on: { "answer.revoked": "revoked", "answer.not-listed": "notListed" },
    },
    authorized: { type: "final", tags: ["resolved"] },
    revoked: { type: "final", tags: ["resolved"] },
    suspiciousPage: { type: "final", tags: ["escalate"] },
    notListed: { type: "final", tags: ["escalate"] },
    accessHandoff: { type: "final", tags: ["escalate"] },
  },
});
