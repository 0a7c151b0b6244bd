import type { TriageFlow } from "@/lib/triage/rule-types";
import { flowEntries } from "./registry";

/**
 * What paste triage needs of each flow, derived from the one list of flows. The paste box loads it
 * only when someone pastes, and the triage CLI runs on it, so both route a paste alike.
 */
export const triageFlows: readonly TriageFlow[] = flowEntries.map(({ id, machine, rules }) => ({
  id,
  machine,
  rules,
}));
