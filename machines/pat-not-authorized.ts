import { setup } from "xstate";
import { type ClockInput, isOnOrAfter } from "@/lib/clock";

/** Microsoft's date from which every global ("All accessible organizations") PAT stops working. */
export const GLOBAL_PAT_RETIREMENT = "2026-12-01T00:00:00Z";

/**
 * Seed 001: a Personal Access Token refused with "Not authorized" by Git Integration for Jira.
 * Before the global PAT retirement the seed's fix applies (with the days it has left) beside
 * Microsoft's organization-scoped token; from that day on no token passes the app's first call,
 * so the flow routes to what the vendor documents (OAuth on Jira Cloud) or to the vendor.
 */
export const patNotAuthorizedMachine = setup({
  types: {
    context: {} as { now: number },
    input: {} as ClockInput,
    events: {} as
      | { type: "answer.services" }
      | { type: "answer.server" }
      | { type: "answer.not-authorized" }
      | { type: "answer.token-expired" }
      | { type: "answer.conditional-access" }
      | { type: "answer.something-else" }
      | { type: "answer.expired-or-revoked" }
      | { type: "answer.one-organization" }
      | { type: "answer.no-code-scope" }
      | { type: "answer.all-organizations" }
      | { type: "answer.not-sure" }
      | { type: "answer.global" }
      | { type: "answer.org-scoped" }
      | { type: "answer.jira-cloud-oauth" }
      | { type: "answer.connected" }
      | { type: "answer.still-not-authorized" }
      | { type: "answer.option-missing" }
      | { type: "answer.value-lost" }
      | { type: "answer.pat-policy" }
      | { type: "answer.ip-fencing" }
      | { type: "answer.sign-in" }
      | { type: "answer.none" }
      | { type: "answer.allowed" }
      | { type: "answer.not-allowed" }
      | { type: "answer.contact-support" }
      | { type: "answer.jira-cloud" }
      | { type: "answer.data-center" }
      | { type: "answer.still-failing" },
    tags: {} as "resolved" | "escalate",
  },
  guards: {
    globalPatsRetired: ({ context }) => isOnOrAfter(context.now, GLOBAL_PAT_RETIREMENT),
  },
}).createMachine({
  id: "pat-not-authorized",
  context: ({ input }) => ({ now: input.now }),
  initial: "hosting",
  states: {
    hosting: {
      on: { "answer.services": "symptom", "answer.server": "serverCheck" },
    },
    symptom: {
      on: {
        "answer.not-authorized": [
          { guard: "globalPatsRetired", target: "globalPatsRetired" },
          { target: "tokenOrganization" },
        ],
        "answer.token-expired": [
          { guard: "globalPatsRetired", target: "globalPatsRetired" },
          { target: "createToken" },
        ],
        "answer.conditional-access": "ipFencing",
        "answer.something-else": "otherErrorHandoff",
      },
    },
    // One Azure DevOps page (the token list and its Edit panel) answers all of it: the first
    // problem that applies, in the order a dead token must be replaced before anything else.
    tokenOrganization: {
      on: {
        "answer.expired-or-revoked": "createToken",
        "answer.one-organization": "createToken",
        "answer.no-code-scope": "addCodeScope",
        "answer.all-organizations": "tokenLooksRight",
        "answer.not-sure": "createToken",
      },
    },
    createToken: {
      on: {
        "answer.global": "createGlobalToken",
        "answer.org-scoped": "createOrgToken",
        "answer.jira-cloud-oauth": "cloudOauth",
      },
    },
    createGlobalToken: {
      on: {
        "answer.connected": "fixed",
        "answer.still-not-authorized": "otherCauses",
        "answer.option-missing": "patPolicy",
      },
    },
    createOrgToken: {
      on: {
        "answer.connected": "fixedOrg",
        "answer.still-not-authorized": "orgTokenRefused",
        "answer.option-missing": "patPolicy",
      },
    },
    addCodeScope: {
      on: {
        "answer.connected": "fixed",
        "answer.still-not-authorized": "otherCauses",
        "answer.value-lost": "createToken",
      },
    },
    tokenLooksRight: {
      on: {
        "answer.connected": "fixed",
        "answer.still-not-authorized": "otherCauses",
        "answer.value-lost": "createToken",
      },
    },
    otherCauses: {
      on: {
        "answer.pat-policy": "patPolicy",
        "answer.ip-fencing": "ipFencing",
        "answer.sign-in": "signInAgain",
        "answer.none": "stillFailing",
      },
    },
    patPolicy: {
      on: { "answer.allowed": "createToken", "answer.not-allowed": "vendorSupport" },
    },
    orgTokenRefused: {
      on: { "answer.global": "createGlobalToken", "answer.contact-support": "vendorSupport" },
    },
    globalPatsRetired: {
      on: { "answer.jira-cloud": "cloudOauth", "answer.data-center": "vendorSupport" },
    },
    serverCheck: {
      on: { "answer.connected": "serverFixed", "answer.still-not-authorized": "serverHandoff" },
    },
    fixed: { tags: ["resolved"], on: { "answer.still-failing": "otherCauses" } },
    fixedOrg: { tags: ["resolved"], on: { "answer.still-failing": "vendorSupport" } },
    ipFencing: {
      tags: ["resolved"],
      on: {
        "answer.still-failing": [
          { guard: "globalPatsRetired", target: "globalPatsRetired" },
          { target: "tokenOrganization" },
        ],
      },
    },
    signInAgain: { tags: ["resolved"], on: { "answer.still-failing": "stillFailing" } },
    cloudOauth: { tags: ["resolved"], on: { "answer.still-failing": "vendorSupport" } },
    serverFixed: { tags: ["resolved"], on: { "answer.still-failing": "serverHandoff" } },
    stillFailing: { type: "final", tags: ["escalate"] },
    vendorSupport: { type: "final", tags: ["escalate"] },
    serverHandoff: { type: "final", tags: ["escalate"] },
    otherErrorHandoff: { type: "final", tags: ["escalate"] },
  },
});
