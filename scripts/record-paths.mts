// `npm run record-paths`: writes each flow's answer paths for its current version into
// content/<flow>/recorded-paths.json. Run it after bumping a flow's version; content/versions.test.ts
// then guards those paths. `npm run record-paths -- <flow>` records that flow only.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { flows } from "@/content/flows";
import { allPaths } from "@/lib/recorded-paths";

const content = join(dirname(fileURLToPath(import.meta.url)), "..", "content");
const only = process.argv.slice(2);
for (const flow of flows.filter((f) => !only.length || only.includes(f.id))) {
  const file = join(content, flow.id, "recorded-paths.json");
  const record = { version: flow.version, paths: allPaths(flow) };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`Recorded ${record.paths.length} paths of ${flow.id} v${flow.version} in ${file}`);
}
