// `npm run bench`: measured, never assumed. Builds when needed, serves the production build and
// prints first-load JavaScript, HTML size and replay time.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { flows } from "@/content/registry";
import { completePaths } from "@/lib/flow-paths";
import { flowHref } from "@/lib/flow-url";
import { replay } from "@/lib/replay";
import { buildIsStale } from "./lib/build-state.mjs";

const STEP_PAGE_BUDGET_GZIP = 150 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const next = join(root, "node_modules", ".bin", "next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = Number(process.env.BENCH_PORT ?? 3200);
const origin = `http://127.0.0.1:${port}`;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

async function waitForServer(server: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error("next start exited");
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("next start did not answer within 30 s");
}

/** Every external script the page's HTML loads (module scripts; the noModule polyfill is skipped by modern browsers). */
async function firstLoad(path: string) {
  const html = await (await fetch(origin + path)).text();
  const srcs = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? "")
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => Boolean(src));
  const bodies = await Promise.all(
    srcs.map(async (src) => Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer())),
  );
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? "")
    .join("");
  return {
    files: srcs.length,
    raw: bodies.reduce((sum, body) => sum + body.length, 0),
    gzip: bodies.reduce((sum, body) => sum + gzip(body), 0),
    inlineRaw: Buffer.byteLength(inline),
    htmlRaw: Buffer.byteLength(html),
    htmlGzip: gzip(html),
  };
}

function medianReplayMicros(flow: (typeof flows)[number]) {
  const now = Date.now();
  const paths = completePaths(flow.machine, { now });
  const longest = paths.reduce((a, b) => (b.answers.length > a.answers.length ? b : a));
  for (let i = 0; i < 200; i++) replay(flow.machine, longest.answers, { now }); // warm up
  const samples: number[] = [];
  for (let i = 0; i < 5000; i++) {
    const start = process.hrtime.bigint();
    replay(flow.machine, longest.answers, { now });
    samples.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  samples.sort((a, b) => a - b);
  return { answers: longest.answers, median: samples[Math.floor(samples.length / 2)]! };
}

async function main() {
  if (buildIsStale(root)) {
    console.log("Building…");
    const build = spawnSync(next, ["build"], { cwd: root, env, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const server = spawn(next, ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env,
    stdio: "ignore",
  });
  let overBudget = false;
  try {
    await waitForServer(server);
    const pages: [string, string][] = [["home", "/"]];
    for (const flow of flows) {
      const deepest = completePaths(flow.machine, { now: Date.now() }).reduce((a, b) =>
        b.answers.length > a.answers.length ? b : a,
      );
      pages.push([`${flow.id}: first step`, flowHref(flow.id, [])]);
      pages.push([`${flow.id}: deepest step`, flowHref(flow.id, deepest.answers)]);
      pages.push([`${flow.id}: map`, `/map${flowHref(flow.id, deepest.answers)}`]);
    }
    console.log("\nFirst-load JavaScript (every <script src> the HTML loads)");
    console.log("page | scripts | JS raw | JS gzip | inline script raw | HTML raw | HTML gzip");
    for (const [label, path] of pages) {
      const m = await firstLoad(path);
      const isStep = label !== "home";
      if (isStep && m.gzip > STEP_PAGE_BUDGET_GZIP) overBudget = true;
      console.log(
        `${label} | ${m.files} | ${kib(m.raw)} | ${kib(m.gzip)} | ${kib(m.inlineRaw)} | ${kib(m.htmlRaw)} | ${kib(m.htmlGzip)}`,
      );
    }
    console.log(
      `Budget: a step page's first-load JS at most ${kib(STEP_PAGE_BUDGET_GZIP)} gzip: ${overBudget ? "OVER" : "within"}`,
    );

    console.log("\nReplay of each flow's longest path (median of 5000 runs)");
    for (const flow of flows) {
      const { answers, median } = medianReplayMicros(flow);
      console.log(`${flow.id} | ${answers.length} answers | ${median.toFixed(1)} µs`);
    }
  } finally {
    server.kill();
  }
  process.exit(overBudget ? 1 : 0);
}

await main();
