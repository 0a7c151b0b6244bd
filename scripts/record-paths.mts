// `npm run record-paths`: writes every flow's answer paths for its current version. Run it after
// bumping a flow's version; content/versions.test.ts then guards those paths.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { flows } from "@/content/registry";
import { allPaths } from "@/lib/recorded-paths";

const file = join(dirname(fileURLToPath(import.meta.url)), "..", "content", "recorded-paths.json");
const record = Object.fromEntries(
  flows.map((flow) => [flow.id, { version: flow.version, paths: allPaths(flow) }]),
);
writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
console.log(`Recorded ${flows.length} flows in ${file}`);
