import type { FlowDefinition } from "@/lib/flow-definition";
import type { jiraMailOauthMachine } from "@/machines/jira-mail-oauth";

/** Questions of this flow that the organization's own settings can answer. */
export const probes: FlowDefinition<typeof jiraMailOauthMachine>["probes"] = {
  cloud: {
    reader: "tenant-cloud",
    // GCC tenants use the commercial endpoints, so they answer "commercial" too.
    answers: { worldwide: "commercial", "us-gov-cloud": "us-government" },
  },
  // The two pages that end with the app registration differ only in where Jira keeps the link.
  registerApp: {
    reader: "app-registration",
    answers: { "as-documented": "registered" },
  },
  registerAppBefore822: {
    reader: "app-registration",
    answers: { "as-documented": "registered" },
  },
  mailPermissions: {
    reader: "delegated-permissions",
    params: {
      needed: [["IMAP.AccessAsUser.All", "POP.AccessAsUser.All"], ["offline_access"]],
      purpose: "IMAP or POP",
    },
    answers: { present: "added" },
  },
  graphPermissions: {
    reader: "delegated-permissions",
    params: {
      needed: [["Mail.ReadWrite"], ["offline_access"]],
      purpose: "the Microsoft Graph API",
    },
    answers: { present: "added" },
  },
  adminConsent: {
    reader: "admin-consent",
    answers: { "granted-for-organization": "granted" },
  },
  repairError: {
    reader: "client-secrets",
    answers: { "all-expired": "secret-expired" },
  },
};
