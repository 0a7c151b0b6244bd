// `npm start`: build when there is no build or the sources changed since, then serve on :3000.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildIsStale } from "./lib/build-state.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const next = join(root, "node_modules", ".bin", "next");

if (buildIsStale(root)) {
  console.log("Building Guidepath (first start, or the sources changed)…");
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const content = spawnSync(tsx, ["scripts/check-content.mts"], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  if (content.status !== 0) process.exit(content.status ?? 1);
  const build = spawnSync(next, ["build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || "3000";
const serve = spawnSync(next, ["start", "-p", port], { cwd: root, env, stdio: "inherit" });
process.exit(serve.status ?? 0);
