import type { Flow } from "@/lib/content-types";
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
import { entraOidcMigrationContent } from "./entra-oidc-migration";
import { jiraMailOauthContent } from "./jira-mail-oauth";
import { manageAuthorizationsContent } from "./manage-authorizations";
import { oauth401Content } from "./oauth-401";
import { patNotAuthorizedContent } from "./pat-not-authorized";

export type { Flow };

/** The only list of flows: each machine with its version, date edges, triage rules and probes. */
export const flowEntries: readonly FlowEntry[] = [
  defineFlow({
    machine: oauth401Machine,
    version: 1,
    dateEdges: [],
    rules: oauth401.rules,
    probes: oauth401Live.probes,
  }),
  defineFlow({
    machine: patNotAuthorizedMachine,
    version: 1,
    dateEdges: [GLOBAL_PAT_RETIREMENT],
    rules: patNotAuthorized.rules,
    probes: patNotAuthorizedLive.probes,
  }),
  defineFlow({
    machine: jiraMailOauthMachine,
    version: 2,
    dateEdges: [],
    rules: jiraMailOauth.rules,
    probes: jiraMailOauthLive.probes,
  }),
  defineFlow({
    machine: manageAuthorizationsMachine,
    version: 1,
    dateEdges: [],
    rules: manageAuthorizations.rules,
    probes: manageAuthorizationsLive.probes,
  }),
  defineFlow({
    machine: entraOidcMigrationMachine,
    version: 1,
    dateEdges: [],
    rules: entraOidcMigration.rules,
    probes: entraOidcMigrationLive.probes,
  }),
];

const copy: Record<string, Flow["content"]> = {
  "oauth-401": oauth401Content,
  "pat-not-authorized": patNotAuthorizedContent,
  "jira-mail-oauth": jiraMailOauthContent,
  "manage-authorizations": manageAuthorizationsContent,
  "entra-oidc-migration": entraOidcMigrationContent,
};

/** Transitional: every flow with its copy, until the copy moves to Markdown. */
export const flows: readonly Flow[] = flowEntries.map((entry) => ({
  ...entry,
  content: copy[entry.id]!,
}));

const byId = new Map(flows.map((flow) => [flow.id, flow]));

export function getFlow(id: string): Flow | undefined {
  return byId.get(id);
}
