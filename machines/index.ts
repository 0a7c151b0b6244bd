import type { AnyStateMachine } from "xstate";
import { entraOidcMigrationMachine } from "./entra-oidc-migration";
import { jiraMailOauthMachine } from "./jira-mail-oauth";
import { manageAuthorizationsMachine } from "./manage-authorizations";
import { oauth401Machine } from "./oauth-401";
import { patNotAuthorizedMachine } from "./pat-not-authorized";

/** Every flow machine by flow id, without content: what the browser loads to route a paste. */
export const flowMachines: Readonly<Record<string, AnyStateMachine>> = Object.fromEntries(
  [
    oauth401Machine,
    patNotAuthorizedMachine,
    jiraMailOauthMachine,
    manageAuthorizationsMachine,
    entraOidcMigrationMachine,
  ].map((machine) => [machine.id, machine]),
);
