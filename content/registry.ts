import type { AnyStateMachine } from "xstate";
import type { Flow, FlowContent } from "@/lib/content-types";

export type { Flow };
import { GLOBAL_PAT_RETIREMENT, patNotAuthorizedMachine } from "@/machines/pat-not-authorized";
import { entraOidcMigrationMachine } from "@/machines/entra-oidc-migration";
import { jiraMailOauthMachine } from "@/machines/jira-mail-oauth";
import { manageAuthorizationsMachine } from "@/machines/manage-authorizations";
import { oauth401Machine } from "@/machines/oauth-401";
import { entraOidcMigrationContent } from "./entra-oidc-migration";
import { jiraMailOauthContent } from "./jira-mail-oauth";
import { manageAuthorizationsContent } from "./manage-authorizations";
import { oauth401Content } from "./oauth-401";
import { patNotAuthorizedContent } from "./pat-not-authorized";

function defineFlow<TMachine extends AnyStateMachine>(flow: {
  version: number;
  dateEdges: readonly string[];
  machine: TMachine;
  content: FlowContent<TMachine>;
}): Flow {
  return { id: flow.machine.id, ...flow };
}

export const flows: readonly Flow[] = [
  defineFlow({ version: 1, dateEdges: [], machine: oauth401Machine, content: oauth401Content }),
  defineFlow({
    version: 1,
    dateEdges: [GLOBAL_PAT_RETIREMENT],
    machine: patNotAuthorizedMachine,
    content: patNotAuthorizedContent,
  }),
  defineFlow({
    version: 2,
    dateEdges: [],
    machine: jiraMailOauthMachine,
    content: jiraMailOauthContent,
  }),
  defineFlow({
    version: 1,
    dateEdges: [],
    machine: manageAuthorizationsMachine,
    content: manageAuthorizationsContent,
  }),
  defineFlow({
    version: 1,
    dateEdges: [],
    machine: entraOidcMigrationMachine,
    content: entraOidcMigrationContent,
  }),
];

const byId = new Map(flows.map((flow) => [flow.id, flow]));

export function getFlow(id: string): Flow | undefined {
  return byId.get(id);
}
