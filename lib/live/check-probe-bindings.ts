import type { AnyStateMachine } from "xstate";
import { answersOf } from "../flow-graph";
import type { ProbeBinding } from "./binding";
import { isReaderId, readerCatalog } from "./reader-catalog";

/**
 * Problems with a flow's probe bindings that types cannot see: each bound state must exist and
 * each answer must be one that very state takes (the types only know the machine's answers).
 * Also checks reader ids and findings, for bindings that reached here around the types.
 */
export function checkProbeBindings(
  flowId: string,
  machine: AnyStateMachine,
  probes: Readonly<Record<string, ProbeBinding<string> | undefined>>,
  file: string,
): string[] {
  const problems: string[] = [];
  for (const [state, binding] of Object.entries(probes)) {
    if (!binding) continue;
    const at = `${file}: state "${state}"`;
    const takes = Object.hasOwn(machine.states, state) ? answersOf(machine, state) : null;
    if (!takes) {
      problems.push(`${at} is not a state of ${flowId}`);
      continue;
    }
    if (!isReaderId(binding.reader)) {
      problems.push(`${at} uses reader "${binding.reader}", which lib/live does not have`);
      continue;
    }
    const findings: readonly string[] = readerCatalog[binding.reader].findings;
    for (const finding of findings)
      if (!Object.hasOwn(binding.answers, finding))
        problems.push(`${at} says nothing for finding "${finding}" of reader "${binding.reader}"`);
    for (const [finding, meant] of Object.entries(binding.answers)) {
      if (!findings.includes(finding))
        problems.push(`${at} maps "${finding}", which reader "${binding.reader}" never finds`);
      if (typeof meant === "string" && !takes.includes(meant))
        problems.push(`${at} binds answer "${meant}", which that state does not take`);
    }
  }
  return problems;
}
