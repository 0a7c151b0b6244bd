import type { FlowDefinition } from "@/lib/flow-definition";
import type { jiraSmtpBasicAuthMachine } from "@/machines/jira-smtp-basic-auth";
import { smtpAuthRules } from "./triage/smtp-auth";

/** Paste triage rules that land on this flow, by topic. On a tie the earlier rule wins. */
export const rules: FlowDefinition<typeof jiraSmtpBasicAuthMachine>["rules"] = [...smtpAuthRules];
