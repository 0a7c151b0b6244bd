import { defineFlow, type FlowEntry } from "@/lib/flow-definition";
import { GLOBAL_PAT_RETIREMENT, patNotAuthorizedMachine } from "@/machines/pat-not-authorized";
import { entraOidcMigrationMachine } from "@/machines/entra-oidc-migration";
import { jiraMailOauthMachine } from "@/machines/jira-mail-oauth";
import {
  jiraSmtpBasicAuthMachine,
  SMTP_BASIC_AUTH_DEFAULT_OFF,
} from "@/machines/jira-smtp-basic-auth";
import { manageAuthorizationsMachine } from "@/machines/manage-authorizations";
import { oauth401Machine } from "@/machines/oauth-401";
import * as entraOidcMigration from "./entra-oidc-migration/triage";
import * as entraOidcMigrationLive from "./entra-oidc-migration/probes";
import * as jiraMailOauth from "./jira-mail-oauth/triage";
import * as jiraMailOauthLive from "./jira-mail-oauth/probes";
import * as jiraSmtpBasicAuth from "./jira-smtp-basic-auth/triage";
import * as jiraSmtpBasicAuthLive from "./jira-smtp-basic-auth/probes";
import * as manageAuthorizations from "./manage-authorizations/triage";
import * as manageAuthorizationsLive from "./manage-authorizations/probes";
import * as oauth401 from "./oauth-401/triage";
import * as oauth401Live from "./oauth-401/probes";
import * as patNotAuthorized from "./pat-not-authorized/triage";
import * as patNotAuthorizedLive from "./pat-not-authorized/probes";

/** The only list of flows: each machine with its version, date edges, triage rules and probes. */
export const flowEntries: readonly FlowEntry[] = [
  defineFlow({
    machine: oauth401Machine,
    version: 2,
    dateEdges: [],
    // The home card ("Connecting Azure DevOps with OAuth shows…") already says it is OAuth.
    start: ["oauth"],
    commonPath: { answers: ["oauth", "entra", "was-off"], atMost: 3 },
    rules: oauth401.rules,
    probes: oauth401Live.probes,
  }),
  defineFlow({
    machine: patNotAuthorizedMachine,
    version: 2,
    dateEdges: [GLOBAL_PAT_RETIREMENT],
    // The home card already says "Not authorized" with a token on Azure DevOps Services.
    start: ["services", "not-authorized"],
    commonPath: {
      answers: ["services", "not-authorized", "one-organization", "global", "connected"],
      atMost: 5,
    },
    rules: patNotAuthorized.rules,
    probes: patNotAuthorizedLive.probes,
  }),
  defineFlow({
    machine: jiraMailOauthMachine,
    version: 3,
    dateEdges: [],
    commonPath: {
      answers: [
        "set-up",
        "jira-8-22-or-later",
        "imap-pop",
        "commercial",
        "registered",
        "added",
        "granted",
        "connected",
      ],
      atMost: 8,
    },
    rules: jiraMailOauth.rules,
    probes: jiraMailOauthLive.probes,
  }),
  defineFlow({
    machine: manageAuthorizationsMachine,
    version: 2,
    dateEdges: [],
    commonPath: { answers: ["services", "review", "revoked"], atMost: 3 },
    rules: manageAuthorizations.rules,
    probes: manageAuthorizationsLive.probes,
  }),
  defineFlow({
    machine: entraOidcMigrationMachine,
    version: 2,
    dateEdges: [],
    // The home card ("Our app uses Azure DevOps OAuth…") already says where the app is registered.
    start: ["azure-devops-oauth"],
    commonPath: { answers: ["azure-devops-oauth", "our-app", "work-accounts"], atMost: 3 },
    rules: entraOidcMigration.rules,
    probes: entraOidcMigrationLive.probes,
  }),
  defineFlow({
    machine: jiraSmtpBasicAuthMachine,
    version: 1,
    dateEdges: [SMTP_BASIC_AUTH_DEFAULT_OFF],
    commonPath: { answers: ["basic-auth-disabled", "dc-9-2-or-later", "sends"], atMost: 3 },
    rules: jiraSmtpBasicAuth.rules,
    probes: jiraSmtpBasicAuthLive.probes,
  }),
];

const byId = new Map(flowEntries.map((entry) => [entry.id, entry]));

export function getFlowEntry(id: string): FlowEntry | undefined {
  return byId.get(id);
}
