import type { FlowDefinition } from "@/lib/flow-definition";
import type { patNotAuthorizedMachine } from "@/machines/pat-not-authorized";

/** Questions of this flow that the organization's own settings can answer. */
export const probes: FlowDefinition<typeof patNotAuthorizedMachine>["probes"] = {};
