import { setup } from "xstate";

/**
 * Seed 004: an app built on Azure DevOps OAuth. No new registrations since April 2025 and the
 * service's deprecation in 2026 leave Microsoft Entra ID (OIDC) as the way forward; Entra tokens
 * live at most 90 minutes, so the app must refresh them.
 */
export const entraOidcMigrationMachine = setup({
  types: {
    events: {} as
      | { type: "answer.azure-devops-oauth" }
      | { type: "answer.entra-app" }
      | { type: "answer.our-app" }
      | { type: "answer.vendor-app" }
      | { type: "answer.registered" }
      | { type: "answer.work-accounts" }
      | { type: "answer.personal-accounts" }
      | { type: "answer.refreshes" }
      | { type: "answer.invalid-resource" }
      | { type: "answer.fails-after-an-hour" }
      | { type: "answer.personal-account-refused" }
      | { type: "answer.added" },
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
      on: { "answer.our-app": "registerEntraApp", "answer.vendor-app": "vendorMigration" },
    },
    registerEntraApp: {
      on: { "answer.registered": "accountKinds" },
    },
    accountKinds: {
      on: {
        "answer.work-accounts": "tokenLifetime",
        "answer.personal-accounts": "personalAccounts",
      },
    },
    tokenLifetime: {
      on: { "answer.refreshes": "migrated" },
    },
    entraSymptom: {
      on: {
        "answer.invalid-resource": "addAzureDevOpsPermission",
        "answer.fails-after-an-hour": "tokenLifetime",
        "answer.personal-account-refused": "personalAccounts",
      },
    },
    addAzureDevOpsPermission: {
      on: { "answer.added": "tokenLifetime" },
    },
    migrated: { type: "final", tags: ["resolved"] },
    vendorMigration: { type: "final", tags: ["escalate"] },
    personalAccounts: { type: "final", tags: ["escalate"] },
  },
});
