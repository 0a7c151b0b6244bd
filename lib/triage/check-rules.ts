import type { AnyStateMachine } from "xstate";
import { answersOf } from "../flow-graph";
import { clocksAround } from "../flow-paths";
import { type ReplayResult, replay } from "../replay";
import { isId } from "../step-url";
import type { RuleDefinition } from "./rule-types";

/** A file that declares rules, with its text: enough to point at the line of a rule. */
export type RuleFile = { path: string; text: string };

function firstFile(files: string | readonly RuleFile[]): string {
  return typeof files === "string" ? files : (files[0]?.path ?? "");
}

/** Where a rule is written: `file:line` of its `id:`, or the first file when no text has it. */
function whereIs(ruleId: string, files: string | readonly RuleFile[]): string {
  const needle = `id: "${ruleId}"`;
  for (const file of typeof files === "string" ? [] : files) {
    const at = file.text.indexOf(needle);
    if (at !== -1) return `${file.path}:${file.text.slice(0, at).split("\n").length}`;
  }
  return firstFile(files);
}

/** Why the furthest replay stopped, in the words of the machine. */
function whyStopped(machine: AnyStateMachine, stopped: ReplayResult): string {
  const answer = stopped.dropped[0] ?? "";
  const state = stopped.stateId;
  if (stopped.outcome) return `"${answer}" comes after the outcome "${state}"`;
  const takes = `(it takes: ${stopped.choices.join(", ") || "none"})`;
  return answersOf(machine, state).includes(answer)
    ? `state "${state}" takes "${answer}" on no date tested ${takes}`
    : `"${answer}" is not an answer of state "${state}" ${takes}`;
}

/**
 * A flow's paste rules held against its machine: each rule's answers must replay from the first
 * step, at one clock or another around the flow's date edges, so that renaming or removing an
 * answer cannot silently strand a rule. `files` is the file that declares the rules, or the files
 * with their text so that each problem names the file and line of its rule. Pure: tests and build
 * steps share it.
 */
export function checkRules(
  flowId: string,
  machine: AnyStateMachine,
  rules: readonly RuleDefinition<string>[],
  files: string | readonly RuleFile[],
  dateEdges: readonly string[] = [],
): string[] {
  const errors: string[] = [];
  const clocks = clocksAround(dateEdges);
  const seen = new Set<string>();
  if (machine.id !== flowId)
    errors.push(`${firstFile(files)}: the flow ${flowId} has the machine ${machine.id}`);
  for (const rule of rules) {
    const problem = (message: string) =>
      errors.push(`${whereIs(rule.id, files)}: rule "${rule.id}" ${message}`);
    if (seen.has(rule.id)) problem("is declared twice");
    seen.add(rule.id);
    if (!isId(rule.id)) problem("needs an id of lower-case words and hyphens: links carry it");
    if (!rule.signatures.length || rule.signatures.some((s) => !s.trim()))
      problem("needs signatures, none of them empty");
    if (rule.context?.some((word) => !word.trim())) problem("has an empty context word");
    if (!rule.source.trim()) problem("needs a source: where its words are from");
    const replays = clocks.map((now) => replay(machine, rule.answers, { now }));
    if (replays.some((r) => r.dropped.length === 0)) continue;
    const furthest = replays.reduce((a, b) => (b.trail.length > a.trail.length ? b : a));
    problem(`answers ${rule.answers.join(" → ")}: ${whyStopped(machine, furthest)}`);
  }
  return errors;
}
