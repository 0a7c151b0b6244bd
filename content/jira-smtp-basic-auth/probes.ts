import type { FlowDefinition } from "@/lib/flow-definition";
import type { jiraSmtpBasicAuthMachine } from "@/machines/jira-smtp-basic-auth";

/** Questions of this flow that the organization's own settings can answer: none yet. */
export const probes: FlowDefinition<typeof jiraSmtpBasicAuthMachine>["probes"] = {};
