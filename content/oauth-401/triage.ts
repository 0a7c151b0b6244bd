import type { FlowDefinition } from "@/lib/flow-definition";
import type { oauth401Machine } from "@/machines/oauth-401";
import { conditionalAccessRules } from "./triage/conditional-access";
import { oauthAppRules } from "./triage/oauth-app";

/** Paste triage rules that land on this flow, by topic. On a tie the earlier rule wins. */
export const rules: FlowDefinition<typeof oauth401Machine>["rules"] = [
  ...oauthAppRules,
  ...conditionalAccessRules,
];
