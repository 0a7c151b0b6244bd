import { formatStepUrl, stepUrl } from "../step-url";
import { replay } from "../replay";
import type { TriageFlow } from "./rule-types";
import { triage, type TriageResult } from "./triage";

/** A triage result placed in its flow today: the answers the flow takes now, the step, its URL. */
export type Located = TriageResult & { step: string | null; href: string | null };

/** Triage a paste among these flows and work out its step, with the answers marked as its own. */
export function locate(text: string, flows: readonly TriageFlow[], now: number): Located {
  const result = triage(text, flows);
  const machine = flows.find((flow) => flow.id === result.flow)?.machine;
  const winner = result.matches[0];
  if (!machine || !result.flow || !winner)
    return { ...result, flow: null, path: [], step: null, href: null };
  const replayed = replay(machine, result.path, { now });
  const answers = replayed.trail.map((t) => t.answer);
  const paste = { rule: winner.rule, signature: winner.signature, count: answers.length };
  const href = formatStepUrl({ ...stepUrl("site", result.flow, answers), paste });
  return { ...result, path: answers, step: replayed.stateId, href };
}
