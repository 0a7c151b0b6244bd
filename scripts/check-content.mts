// `npm run check-content`: every guide held against its machine (step files, paste rules, live
// reads). Prints each problem with its file and line, and fails when there is one.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkFlows } from "@/content/check-flows";
import { flowEntries } from "@/content/registry";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const problems = checkFlows(root);
for (const problem of problems) console.error(problem);
console.log(
  problems.length
    ? `${problems.length} problem(s) in the guides`
    : `${flowEntries.length} guides fit their machines`,
);
process.exit(problems.length ? 1 : 0);
