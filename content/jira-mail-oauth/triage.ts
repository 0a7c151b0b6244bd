import type { FlowDefinition } from "@/lib/flow-definition";
import type { jiraMailOauthMachine } from "@/machines/jira-mail-oauth";
import { appRegistrationRules } from "./triage/app-registration";
import { clientSecretRules } from "./triage/client-secret";
import { mailboxRules } from "./triage/mailbox";
import { signInRules } from "./triage/sign-in";

/** Paste triage rules that land on this flow, by topic. On a tie the earlier rule wins. */
export const rules: FlowDefinition<typeof jiraMailOauthMachine>["rules"] = [
  ...clientSecretRules,
  ...mailboxRules,
  ...appRegistrationRules,
  ...signInRules,
];
