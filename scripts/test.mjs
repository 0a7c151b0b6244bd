// `npm test`: every check in order, then one closing line summed over every runner.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, ".ci-out");
const bin = (name) => join(root, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const report = [];

function run(label, command, args) {
  console.log(`\n━━ ${label}: ${[command.split("/").pop(), ...args].join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  const ok = result.status === 0;
  report.push(`${ok ? "ok  " : "FAIL"} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A check that is not a test runner counts as one test. */
function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? "passed" : "failed"] += 1;
  return ok;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

check("lint", bin("eslint"), [".", "--max-warnings=0"]);
check("format", bin("prettier"), ["--check", "."]);
check("types", "sh", ["-c", `"${bin("next")}" typegen && "${bin("tsc")}" --noEmit`]);

check("content", bin("tsx"), ["scripts/check-content.mts"]);

const unitOk = run("unit and graph tests", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile=${join(out, "vitest.json")}`,
]);
const vitest = readJson(join(out, "vitest.json"));
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests + (unitOk || vitest.numFailedTests ? 0 : 1);
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
} else totals.failed += 1;

if (check("build", bin("next"), ["build"])) {
  const e2eOk = run("browser tests", bin("playwright"), ["test"]);
  const playwright = readJson(join(out, "playwright.json"));
  if (playwright) {
    const { expected, unexpected, skipped, flaky } = playwright.stats;
    totals.passed += expected;
    totals.failed += unexpected + flaky + (e2eOk || unexpected || flaky ? 0 : 1);
    totals.skipped += skipped;
  } else totals.failed += 1;
} else {
  report.push("FAIL browser tests (not run: the build failed)");
  totals.failed += 1;
}

console.log(`\n${report.join("\n")}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
