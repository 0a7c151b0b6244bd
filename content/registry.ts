import { defineFlow, type FlowEntry } from "@/lib/flow-definition";
import { GLOBAL_PAT_RETIREMENT, patNotAuthorizedMachine } from "@/machines/pat-not-authorized";
import { entraOidcMigrationMachine } from "@/machines/entra-oidc-migration";
import { jiraMailOauthMachine } from "@/machines/jira-mail-oauth";
import { manageAuthorizationsMachine } from "@/machines/manage-authorizations";
import { oauth401Machine } from "@/machines/oauth-401";
import * as entraOidcMigration from "./entra-oidc-migration/triage";
import * as entraOidcMigrationLive from "./entra-oidc-migration/probes";
import * as jiraMailOauth from "./jira-mail-oauth/triage";
import * as jiraMailOauthLive from "./jira-mail-oauth/probes";
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
    version: 1,
    dateEdges: [],
    commonPath: { answers: ["oauth", "entra", "was-off", "connected"], atMost: 4 },
    rules: oauth401.rules,
    probes: oauth401Live.probes,
  }),
  defineFlow({
    machine: patNotAuthorizedMachine,
    version: 1,
    dateEdges: [GLOBAL_PAT_RETIREMENT],
    commonPath: {
      answers: [
        "services",
        "not-authorized",
        "one-organization",
        "created",
        "copied",
        "verified",
        "pasted",
        "connected",
      ],
      atMost: 8,
    },
    rules: patNotAuthorized.rules,
    probes: patNotAuthorizedLive.probes,
  }),
  defineFlow({
    machine: jiraMailOauthMachine,
    version: 2,
    dateEdges: [],
    commonPath: {
      answers: [
        "set-up",
        "jira-8-22-or-later",
        "imap-pop",
        "commercial",
        "created",
        "copied",
        "registered",
        "added",
        "granted",
        "noted",
        "noted",
        "checked",
        "entered",
        "saved",
        "connected",
      ],
      atMost: 15,
    },
    rules: jiraMailOauth.rules,
    probes: jiraMailOauthLive.probes,
  }),
  defineFlow({
    machine: manageAuthorizationsMachine,
    version: 1,
    dateEdges: [],
    commonPath: { answers: ["services", "met", "review", "revoked"], atMost: 4 },
    rules: manageAuthorizations.rules,
    probes: manageAuthorizationsLive.probes,
  }),
  defineFlow({
    machine: entraOidcMigrationMachine,
    version: 1,
    dateEdges: [],
    commonPath: {
      answers: ["azure-devops-oauth", "our-app", "registered", "work-accounts", "refreshes"],
      atMost: 5,
    },
    rules: entraOidcMigration.rules,
    probes: entraOidcMigrationLive.probes,
  }),
];

const byId = new Map(flowEntries.map((entry) => [entry.id, entry]));

export function getFlowEntry(id: string): FlowEntry | undefined {
  return byId.get(id);
}
