import type { FlowDefinition } from "@/lib/flow-definition";
import type { entraOidcMigrationMachine } from "@/machines/entra-oidc-migration";

/** Questions of this flow that the organization's own settings can answer. */
export const probes: FlowDefinition<typeof entraOidcMigrationMachine>["probes"] = {};
