import type { Flow } from "@/lib/content-types";
import { checkCopy } from "@/lib/flow-copy/check-copy";
import { readFlowCopy } from "@/lib/flow-copy/read-flow-copy";
import { describeProblem } from "@/lib/markdown/front-matter";
import { flowEntries } from "./registry";

export type { Flow };

/** The project's root: the server, the build and the tests all run from it. */
const root = process.cwd();

/**
 * Every flow with its words, read from its folder on the server. A guide that does not fit its
 * machine stops the build and the tests with every problem named by file and line.
 */
export const flows: readonly Flow[] = flowEntries.map((entry) => {
  const { copy, problems, files } = readFlowCopy(root, entry.id);
  problems.push(...checkCopy(root, entry.machine, copy, files));
  if (problems.length)
    throw new Error(
      `The guide ${entry.id} has problems:\n${problems.map(describeProblem).join("\n")}`,
    );
  return { ...entry, content: copy };
});

const byId = new Map(flows.map((flow) => [flow.id, flow]));

export function getFlow(id: string): Flow | undefined {
  return byId.get(id);
}
