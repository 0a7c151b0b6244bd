import type { FlowDefinition } from "@/lib/flow-definition";
import type { oauth401Machine } from "@/machines/oauth-401";

/** Questions of this flow that the organization's own settings can answer. */
export const probes: FlowDefinition<typeof oauth401Machine>["probes"] = {};
