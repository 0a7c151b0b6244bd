import type { FlowDefinition } from "@/lib/flow-definition";
import type { patNotAuthorizedMachine } from "@/machines/pat-not-authorized";
import { conditionalAccessRules } from "./triage/conditional-access";
import { integrationMessageRules } from "./triage/integration-messages";
import { serverRules } from "./triage/server";
import { tokenRefusedRules } from "./triage/token-refused";

/** Paste triage rules that land on this flow, by topic. On a tie the earlier rule wins. */
export const rules: FlowDefinition<typeof patNotAuthorizedMachine>["rules"] = [
  ...tokenRefusedRules,
  ...conditionalAccessRules,
  ...serverRules,
  ...integrationMessageRules,
];
