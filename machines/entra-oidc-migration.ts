import { setup } from "xstate";

/**
 * Seed 004: an app built on Azure DevOps OAuth. No new registrations since April 2025 and the
 * service's removal in 2026 (no day published) leave Microsoft Entra ID (OIDC) as the way forward.
 * The fix is the Entra registration; "still failing?" there leads to what goes wrong with the Entra
 * app, whose fixes end, if they fail too, in a hand-off.
 */
export const entraOidcMigrationMachine = setup({
  types: {
    events: {} as
      | { type: "answer.azure-devops-oauth" }
      | { type: "answer.entra-app" }
      | { type: "answer.our-app" }
      | { type: "answer.vendor-app" }
      | { type: "answer.work-accounts" }
      | { type: "answer.personal-accounts" }
      | { type: "answer.invalid-resource" }
      | { type: "answer.fails-after-an-hour" }
      | { type: "answer.personal-account-refused" }
      | { type: "answer.something-else" }
      | { type: "answer.still-failing" },
    tags: {} as "resolved" | "escalate",
  },
}).createMachine({
  id: "entra-oidc-migration",
  initial: "appKind",
  states: {
    appKind: {
      on: { "answer.azure-devops-oauth": "adoOauthRetiring", "answer.entra-app": "entraSymptom" },
    },
    adoOauthRetiring: {
      on: { "answer.our-app": "accountKinds", "answer.vendor-app": "vendorMigration" },
    },
    // Asked before the registration: Entra apps don't serve personal accounts for Azure DevOps.
    accountKinds: {
      on: {
        "answer.work-accounts": "registerEntraApp",
        "answer.personal-accounts": "personalAccounts",
      },
    },
    registerEntraApp: {
      tags: ["resolved"],
      on: { "answer.still-failing": "entraSymptom" },
    },
    entraSymptom: {
      on: {
        "answer.invalid-resource": "addAzureDevOpsPermission",
        "answer.fails-after-an-hour": "tokenLifetime",
        "answer.personal-account-refused": "personalAccounts",
        "answer.something-else": "entraHandoff",
      },
    },
    addAzureDevOpsPermission: {
      tags: ["resolved"],
      on: { "answer.still-failing": "entraHandoff" },
    },
    tokenLifetime: {
      tags: ["resolved"],
      on: { "answer.still-failing": "entraHandoff" },
    },
    vendorMigration: { type: "final", tags: ["escalate"] },
    personalAccounts: { type: "final", tags: ["escalate"] },
    entraHandoff: { type: "final", tags: ["escalate"] },
  },
});
