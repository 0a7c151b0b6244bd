import type { AnyStateMachine } from "xstate";
import type { FlowEntry } from "@/lib/flow-definition";
import { checkCopy } from "@/lib/flow-copy/check-copy";
import { readFlowCopy } from "@/lib/flow-copy/read-flow-copy";
import { checkProbeBindings } from "@/lib/live/check-probe-bindings";
import type { FlowCopy } from "@/lib/content-types";
import { clocksAround } from "@/lib/flow-paths";
import { describeProblem } from "@/lib/markdown/front-matter";
import { replay } from "@/lib/replay";
import { checkRules } from "@/lib/triage/check-rules";
import { readRuleFiles } from "@/lib/triage/read-rule-files";
import { flowEntries } from "./registry";

/** A live read whose finding answers nothing needs the step's words for it, and only then. */
function checkLiveWords(entry: FlowEntry, copy: FlowCopy): string[] {
  const problems: string[] = [];
  for (const [state, step] of Object.entries(copy.steps)) {
    const binding = entry.probes[state];
    const asks = binding
      ? Object.entries(binding.answers as Record<string, string | null>)
          .filter(([, answer]) => answer === null)
          .map(([finding]) => finding)
      : [];
    for (const finding of asks)
      if (!step.live[finding])
        problems.push(
          `${step.file}: a live read of "${state}" can find "${finding}", which answers nothing: say what to do under live: ${finding}:`,
        );
    for (const finding of Object.keys(step.live))
      if (!asks.includes(finding))
        problems.push(
          `${step.file}: live: ${finding} is never shown: no read of "${state}" finds "${finding}" without answering`,
        );
  }
  return problems;
}

/** The home card's answers and the common path must replay; the common path must end at a fix. */
function checkPaths(entry: FlowEntry, machine: AnyStateMachine): string[] {
  const file = "content/registry.ts";
  const clocks = clocksAround(entry.dateEdges);
  const problems: string[] = [];
  const { answers, atMost } = entry.commonPath;
  const common = clocks.map((now) => replay(machine, answers, { now }));
  if (!common.some((r) => r.dropped.length === 0 && r.outcome === "resolved"))
    problems.push(
      `${file}: the common path of ${entry.id} (${answers.join("/")}) does not reach a fix`,
    );
  if (answers.length > atMost)
    problems.push(
      `${file}: the common path of ${entry.id} takes ${answers.length} answers, more than its ${atMost}`,
    );
  const start = entry.start ?? [];
  if (!clocks.some((now) => replay(machine, start, { now }).dropped.length === 0))
    problems.push(
      `${file}: the home card's answers of ${entry.id} (${start.join("/")}) do not replay`,
    );
  return problems;
}

/**
 * One flow held against its machine: its steps in Markdown, its paste rules and its live reads.
 * Every problem names the file (and the line where there is one). `machine` defaults to the
 * flow's own; tests pass a changed one to see what a change would break.
 */
export function checkFlow(
  root: string,
  entry: FlowEntry,
  machine: AnyStateMachine = entry.machine,
): string[] {
  const { copy, problems, files } = readFlowCopy(root, entry.id);
  return [
    ...[...problems, ...checkCopy(root, machine, copy, files)].map(describeProblem),
    ...checkRules(entry.id, machine, entry.rules, readRuleFiles(root, entry.id), entry.dateEdges),
    ...checkProbeBindings(entry.id, machine, entry.probes, `content/${entry.id}/probes.ts`),
    ...checkLiveWords(entry, copy),
    ...checkPaths(entry, machine),
  ];
}

/** Every flow of the registry, checked. */
export function checkFlows(root: string): string[] {
  return flowEntries.flatMap((entry) => checkFlow(root, entry));
}
