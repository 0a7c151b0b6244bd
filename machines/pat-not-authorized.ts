import { setup } from "xstate";
import { type ClockInput, isOnOrAfter } from "@/lib/clock";

/** Microsoft's date from which every global ("All accessible organizations") PAT stops working. */
export const GLOBAL_PAT_RETIREMENT = "2026-12-01T00:00:00Z";

/**
 * Seed 001: a Personal Access Token refused with "Not authorized" by Git Integration for Jira.
 * Before the global PAT retirement the seed's fix applies (with a warning); from that day on the
 * flow routes to what remains: an organization-scoped token, Microsoft Entra ID, or the vendor.
 */
export const patNotAuthorizedMachine = setup({
  types: {
    context: {} as { now: number },
    input: {} as ClockInput,
    events: {} as
      | { type: "answer.services" }
      | { type: "answer.server" }
      | { type: "answer.not-authorized" }
      | { type: "answer.other-error" }
      | { type: "answer.token-expired" }
      | { type: "answer.one-organization" }
      | { type: "answer.all-organizations" }
      | { type: "answer.not-sure" }
      | { type: "answer.full-access" }
      | { type: "answer.code-read-write" }
      | { type: "answer.code-read" }
      | { type: "answer.other-scopes" }
      | { type: "answer.active" }
      | { type: "answer.expired" }
      | { type: "answer.inactive" }
      | { type: "answer.paste-again" }
      | { type: "answer.create-new" }
      | { type: "answer.created" }
      | { type: "answer.option-missing" }
      | { type: "answer.copied" }
      | { type: "answer.verified" }
      | { type: "answer.mismatch" }
      | { type: "answer.saved" }
      | { type: "answer.pasted" }
      | { type: "answer.connected" }
      | { type: "answer.still-not-authorized" }
      | { type: "answer.org-token" }
      | { type: "answer.entra" }
      | { type: "answer.contact-support" },
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
      on: { "answer.services": "symptom", "answer.server": "serverHandoff" },
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
        "answer.other-error": "otherErrorHandoff",
      },
    },
    tokenOrganization: {
      on: {
        "answer.one-organization": "createToken",
        "answer.all-organizations": "tokenScope",
        "answer.not-sure": "createToken",
      },
    },
    tokenScope: {
      on: {
        "answer.full-access": "tokenStatus",
        "answer.code-read-write": "tokenStatus",
        "answer.code-read": "tokenStatus",
        "answer.other-scopes": "createToken",
      },
    },
    tokenStatus: {
      on: {
        "answer.active": "tokenLooksRight",
        "answer.expired": "createToken",
        "answer.inactive": "createToken",
      },
    },
    tokenLooksRight: {
      on: { "answer.paste-again": "pasteToken", "answer.create-new": "createToken" },
    },
    createToken: {
      on: { "answer.created": "copyToken", "answer.option-missing": "patPolicyHandoff" },
    },
    copyToken: {
      on: {
        "answer.copied": [
          { guard: "globalPatsRetired", target: "verifyOrgToken" },
          { target: "verifyToken" },
        ],
      },
    },
    verifyToken: {
      on: { "answer.verified": "pasteToken", "answer.mismatch": "editToken" },
    },
    editToken: {
      on: { "answer.saved": "pasteToken" },
    },
    pasteToken: {
      on: { "answer.pasted": "connect" },
    },
    connect: {
      on: {
        "answer.connected": "fixed",
        "answer.still-not-authorized": [
          { guard: "globalPatsRetired", target: "orgTokenRefused" },
          { target: "stillFailing" },
        ],
      },
    },
    globalPatsRetired: {
      on: {
        "answer.org-token": "createOrgToken",
        "answer.entra": "entraConnection",
        "answer.contact-support": "vendorSupport",
      },
    },
    createOrgToken: {
      on: { "answer.created": "copyToken", "answer.option-missing": "patPolicyHandoff" },
    },
    verifyOrgToken: {
      on: { "answer.verified": "pasteToken", "answer.mismatch": "editOrgToken" },
    },
    editOrgToken: {
      on: { "answer.saved": "pasteToken" },
    },
    fixed: { type: "final", tags: ["resolved"] },
    entraConnection: { type: "final", tags: ["resolved"] },
    stillFailing: { type: "final", tags: ["escalate"] },
    orgTokenRefused: { type: "final", tags: ["escalate"] },
    vendorSupport: { type: "final", tags: ["escalate"] },
    patPolicyHandoff: { type: "final", tags: ["escalate"] },
    serverHandoff: { type: "final", tags: ["escalate"] },
    otherErrorHandoff: { type: "final", tags: ["escalate"] },
  },
});
