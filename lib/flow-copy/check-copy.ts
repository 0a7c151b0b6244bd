import type { AnyStateMachine } from "xstate";
import { answersOf } from "../flow-graph";
import type { FlowCopy } from "../content-types";
import type { Problem } from "../markdown/front-matter";
import { parseYaml, splitFrontMatter } from "../markdown/front-matter";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The line of a front matter key in a step file, for messages. */
function lineIn(root: string, file: string, path: readonly PropertyKey[]): number {
  const split = splitFrontMatter(readFileSync(join(root, file), "utf8"));
  return split ? parseYaml(split.front, file, 2).yaml.lineOf(path) : 1;
}

/**
 * A flow's words held against its machine: one step file per state and none other, a choice for
 * every answer a state takes and none it does not, conditions for its named guards only.
 */
export function checkCopy(
  root: string,
  machine: AnyStateMachine,
  copy: FlowCopy,
  /** The step files there are, read or not: a file that did not parse is not a missing one. */
  files: readonly string[] = Object.keys(copy.steps),
): Problem[] {
  const problems: Problem[] = [];
  const dir = `content/${machine.id}`;
  const states = Object.keys(machine.root.states);
  for (const state of states) {
    const step = copy.steps[state];
    if (!step) {
      if (files.includes(state)) continue;
      problems.push({
        file: `${dir}/steps/${state}.md`,
        line: 1,
        message: `state "${state}" has no step file: create it`,
      });
      continue;
    }
    const answers = answersOf(machine, state);
    for (const answer of answers)
      if (!step.choices[answer])
        problems.push({
          file: step.file,
          line: lineIn(root, step.file, ["choices"]),
          message: `state "${state}" takes the answer "${answer}": add it under choices`,
        });
    for (const answer of Object.keys(step.choices))
      if (!answers.includes(answer))
        problems.push({
          file: step.file,
          line: lineIn(root, step.file, ["choices", answer]),
          message: `choice "${answer}" is not an answer of state "${state}" (it takes: ${answers.join(", ") || "none"})`,
        });
  }
  for (const [state, step] of Object.entries(copy.steps))
    if (!states.includes(state))
      problems.push({
        file: step.file,
        line: 1,
        message: `no state "${state}" in machines/${machine.id}.ts: rename or delete this file`,
      });
  return problems;
}
