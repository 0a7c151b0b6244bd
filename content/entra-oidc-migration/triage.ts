import type { FlowDefinition } from "@/lib/flow-definition";
import type { entraOidcMigrationMachine } from "@/machines/entra-oidc-migration";

/** Paste triage rules that land on this flow. */
export const rules: FlowDefinition<typeof entraOidcMigrationMachine>["rules"] = [];
