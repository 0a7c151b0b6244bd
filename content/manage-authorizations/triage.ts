import type { FlowDefinition } from "@/lib/flow-definition";
import type { manageAuthorizationsMachine } from "@/machines/manage-authorizations";

/** Paste triage rules that land on this flow. */
export const rules: FlowDefinition<typeof manageAuthorizationsMachine>["rules"] = [];
