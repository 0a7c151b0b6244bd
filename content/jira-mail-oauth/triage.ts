import type { FlowDefinition } from "@/lib/flow-definition";
import type { jiraMailOauthMachine } from "@/machines/jira-mail-oauth";

/** Paste triage rules that land on this flow. */
export const rules: FlowDefinition<typeof jiraMailOauthMachine>["rules"] = [];
