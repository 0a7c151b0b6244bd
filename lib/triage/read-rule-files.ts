import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { RuleFile } from "./check-rules";

/**
 * A flow's rule files with their text, for `checkRules` to name the file and line of a rule:
 * `content/<flow>/triage.ts` and, when the rules are split by topic, `content/<flow>/triage/*.ts`.
 */
export function readRuleFiles(root: string, flowId: string): RuleFile[] {
  const main = `content/${flowId}/triage.ts`;
  const dir = `content/${flowId}/triage`;
  const topics = existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
        .sort()
        .map((name) => `${dir}/${name}`)
    : [];
  return [main, ...topics]
    .filter((path) => existsSync(join(root, path)))
    .map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }));
}
