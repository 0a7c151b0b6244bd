import type { FlowDefinition } from "@/lib/flow-definition";
import type { patNotAuthorizedMachine } from "@/machines/pat-not-authorized";

/** Paste triage rules that land on this flow. */
export const rules: FlowDefinition<typeof patNotAuthorizedMachine>["rules"] = [];
