// `npm run demo`: the wizard on http://127.0.0.1:3000 in live mode, against the local mock tenant.
import { spawn, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildIsStale } from "./lib/build-state.mjs";
import { demoEnv } from "./mock-tenant/demo-env.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const next = join(root, "node_modules", ".bin", "next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...demoEnv() };

if (buildIsStale(root)) {
  const build = spawnSync(next, ["build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const tenant = spawn(process.execPath, [join(root, "scripts", "mock-tenant.mjs")], {
  env: { ...env, MOCK_TENANT_APPS: "http://127.0.0.1:3000" },
  stdio: "inherit",
});
const app = spawn(next, ["start", "-H", "127.0.0.1", "-p", "3000"], {
  cwd: root,
  env,
  stdio: "inherit",
});
console.log(
  "Guidepath demo: open http://127.0.0.1:3000 (accept the mock tenant's certificate at https://127.0.0.1:3443 first)",
);
for (const child of [tenant, app]) child.on("exit", (code) => process.exit(code ?? 0));
process.on("SIGINT", () => [tenant, app].forEach((c) => c.kill()));
