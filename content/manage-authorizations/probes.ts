import type { FlowDefinition } from "@/lib/flow-definition";
import type { manageAuthorizationsMachine } from "@/machines/manage-authorizations";

/** Questions of this flow that the organization's own settings can answer. */
export const probes: FlowDefinition<typeof manageAuthorizationsMachine>["probes"] = {};
