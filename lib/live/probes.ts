import { adoProbes } from "./ado-probes";
import { cloudProbes } from "./cloud-probe";
import { graphProbes } from "./graph-probes";
import { patProbes } from "./pat-probes";
import type { Probe } from "./probe-types";

export type {
  Evidence,
  HttpResult,
  Probe,
  ProbeContext,
  ProbeResult,
  UnknownReason,
} from "./probe-types";
export { policyToggle } from "./ado-probes";

/** Every question that can be answered live, and how. */
export const probes: Probe[] = [...adoProbes, ...patProbes, ...cloudProbes, ...graphProbes];

export function probeFor(flow: string, state: string): Probe | undefined {
  return probes.find((p) => p.flow === flow && p.state === state);
}
