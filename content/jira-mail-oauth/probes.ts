import type { FlowDefinition } from "@/lib/flow-definition";
import type { jiraMailOauthMachine } from "@/machines/jira-mail-oauth";

/** Questions of this flow that the organization's own settings can answer. */
export const probes: FlowDefinition<typeof jiraMailOauthMachine>["probes"] = {};
