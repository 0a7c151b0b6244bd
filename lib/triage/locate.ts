import type { AnyStateMachine } from "xstate";
import { stateHref } from "../link-state";
import { replay } from "../replay";
import { triage, type TriageResult } from "./triage";

/** A triage result placed in its flow today: the answers the flow takes now, the step, its URL. */
export type Located = TriageResult & { step: string | null; href: string | null };

/** Triage a paste and work out the step it lands on, with the answers marked as its own. */
export function locate(
  text: string,
  machines: Readonly<Record<string, AnyStateMachine>>,
  now: number,
): Located {
  const result = triage(text);
  const machine = result.flow ? machines[result.flow] : undefined;
  const winner = result.matches[0];
  if (!machine || !result.flow || !winner)
    return { ...result, flow: null, path: [], step: null, href: null };
  const replayed = replay(machine, result.path, { now });
  const answers = replayed.trail.map((t) => t.answer);
  const paste = { rule: winner.rule, signature: winner.signature, count: answers.length };
  const href = stateHref(result.flow, answers, { base: "", paste, agent: false });
  return { ...result, path: answers, step: replayed.stateId, href };
}
