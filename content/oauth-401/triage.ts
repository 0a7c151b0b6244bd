import type { FlowDefinition } from "@/lib/flow-definition";
import type { oauth401Machine } from "@/machines/oauth-401";

/** Paste triage rules that land on this flow. */
export const rules: FlowDefinition<typeof oauth401Machine>["rules"] = [];
