// `npm run bench`: measured, never assumed. Builds when needed, serves the production build and
// prints first-load JavaScript, HTML size and replay time.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { flows } from "@/content/flows";
import { completePaths } from "@/lib/flow-paths";
import { flowHref } from "@/lib/step-url";
import { replay } from "@/lib/replay";
import { FAKE_JWT, FAKE_PAT } from "@/lib/triage/fakes";
import { triage } from "@/lib/triage/triage";
import { triageFlows } from "@/content/triage-index";
import { buildIsStale } from "./lib/build-state.mjs";

/**
 * A step page's first-load JS may not grow: this is what it was before the guides moved to
 * Markdown and live reads to on-demand readers (commit c88a397, where every probe still shipped).
 */
const STEP_PAGE_BUDGET_GZIP = 142.6 * 1024;
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

const MSAL_MARKER = '"msal.';

/** Code that must never be in a first load, each found by a string its library keeps when minified. */
const NOT_IN_FIRST_LOAD: [string, string][] = [
  ["MSAL", MSAL_MARKER],
  ["the Markdown parser (micromark)", '"codeFenced"'],
  ["the YAML parser", "YAMLParseError"],
  ["the schema library (zod)", "invalid_type"],
  ["live-read code (readers)", "organization-policies-data-provider"],
];

/** The chunks that hold MSAL, found by the prefix of its storage keys. */
function msalChunks() {
  const dir = join(root, ".next", "static", "chunks");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".js"))
    .map((name) => ({ name, body: readFileSync(join(dir, name)) }))
    .filter((chunk) => chunk.body.includes(MSAL_MARKER));
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
    found: NOT_IN_FIRST_LOAD.filter(([, marker]) =>
      bodies.some((body) => body.includes(marker)),
    ).map(([what]) => what),
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

const MB = 1024 * 1024;

function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

/** A 5 MB Jira log: stack traces, the seed's error, and a few secrets to redact. */
function realisticLog(): string {
  const lines = [
    "2026-11-20 10:00:01,123+0000 http-nio-8080-exec-12 ERROR admin 600x1x1 1abcd 10.0.0.1 /rest/gitplugin/1.0/trackedfolders/scan [c.b.j.g.rest.exceptionmappers.WrappedIntegrationAPIExceptionMapper] Rest API has thrown exception.",
    "com.bigbrassband.jira.git.exceptions.external.WrappedMicrosoftAPIException: External service error",
    "\tat com.bigbrassband.jira.git.services.integration.microsoft.MicrosoftApi.getRepositoriesMS(MicrosoftApi.java:134)",
    "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(Unknown Source)",
    "2026-11-20 10:00:02,000+0000 Caesium-1-3 INFO ServiceRunner [c.a.j.s.mail.incoming] mail handler ran, 0 messages",
    `2026-11-20 10:00:03,000+0000 DEBUG request headers {"Authorization":"Bearer ${FAKE_JWT}"} pat=${FAKE_PAT}`,
  ].join("\n");
  return `${repeatTo(`${lines}\n`, 5 * MB - 200)}\nCaused by: Microsoft https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=1.0 Unauthorized (401)`;
}

/** 5 MB built to hurt a backtracking matcher: long runs of prefixes of tokens, keys and codes. */
function adversarialInput(): string {
  const part = MB;
  return [
    repeatTo("eyJ", part),
    repeatTo("://a:", part),
    repeatTo("password=", part),
    repeatTo("Bearer ", part),
    repeatTo("aadsts700aadsts7000tf40081", part),
  ].join("");
}

function throughput(label: string, input: string) {
  triage(input.slice(0, 100_000), triageFlows); // warm up
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    triage(input, triageFlows);
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  const ms = runs[2]!;
  console.log(
    `${label} | ${(input.length / MB).toFixed(1)} MB | ${ms.toFixed(0)} ms | ${(input.length / MB / (ms / 1000)).toFixed(1)} MB/s`,
  );
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
  const inFirstLoad = new Set<string>();
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
      for (const what of m.found) inFirstLoad.add(`${what} (${label})`);
      const isStep = label !== "home";
      if (isStep && m.gzip > STEP_PAGE_BUDGET_GZIP) overBudget = true;
      console.log(
        `${label} | ${m.files} | ${kib(m.raw)} | ${kib(m.gzip)} | ${kib(m.inlineRaw)} | ${kib(m.htmlRaw)} | ${kib(m.htmlGzip)}`,
      );
    }
    console.log(
      `Budget: a step page's first-load JS at most ${kib(STEP_PAGE_BUDGET_GZIP)} gzip: ${overBudget ? "OVER" : "within"}`,
    );
    for (const [what] of NOT_IN_FIRST_LOAD) {
      const pages = [...inFirstLoad].filter((found) => found.startsWith(what));
      console.log(
        `${what} in any page's first load: ${pages.length ? `YES, a regression: ${pages.join(", ")}` : "no"}`,
      );
    }
    const chunks = msalChunks();
    const raw = chunks.reduce((n, c) => n + c.body.length, 0);
    const zipped = chunks.reduce((n, c) => n + gzip(c.body), 0);
    console.log(
      `Sign-in chunks (MSAL, loaded only on sign-in): ${chunks.length} files, ${kib(raw)} raw, ${kib(zipped)} gzip`,
    );

    console.log("\nPaste triage (redaction + matching), median of 5 runs");
    console.log("input | size | time | throughput");
    throughput("realistic Jira log", realisticLog());
    throughput("adversarial input", adversarialInput());

    console.log("\nAnswers from the first page to the fix, on each flow's most common path");
    console.log("flow | answers | at most | from the home card");
    for (const flow of flows) {
      const { answers, atMost } = flow.commonPath;
      const fromCard = answers.length - (flow.start?.length ?? 0);
      if (answers.length > atMost) overBudget = true;
      console.log(
        `${flow.id} | ${answers.length}${answers.length > atMost ? " (OVER)" : ""} | ${atMost} | ${fromCard}`,
      );
    }

    console.log("\nReplay of each flow's longest path (median of 5000 runs)");
    for (const flow of flows) {
      const { answers, median } = medianReplayMicros(flow);
      console.log(`${flow.id} | ${answers.length} answers | ${median.toFixed(1)} µs`);
    }
  } finally {
    server.kill();
  }
  process.exit(overBudget || inFirstLoad.size ? 1 : 0);
}

await main();
