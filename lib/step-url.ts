/**
 * The one codec for step URLs: `/<flow>/<answer>/…` on the site, under `/embed` in a help center's
 * frame and under `/map` for a flow's map, with the query that travels with the answers. Every
 * link the product makes is formatted here, and every URL it is handed is read here.
 *
 * Reading is about form only: whether a rule belongs to the flow, or a version is older than the
 * current one, is for the caller, which knows the flow.
 */

import { isAnswerId } from "./replay";

export type View = "site" | "embed" | "map";

/** Which answers came from a pasted error: the rule that matched, never the pasted text. */
export type PasteProvenance = { rule: string; signature: number; count: number };

/** Answers of a link that did not fit the flow: how many, and the first when it is id-shaped. */
export type DroppedNotice = { count: number; first: string | null };

export type StepUrl = {
  view: View;
  flow: string;
  answers: readonly string[];
  /** The answers a pasted error gave: the first `count` of them. */
  paste: PasteProvenance | null;
  /** Indexes of the answers read from the organization's own settings (live mode). */
  live: readonly number[];
  /** The agent view: provenance, branches not taken and the map on every step. */
  agent: boolean;
  /** An embed's look: `theme=dark`, and an accent colour as six hex digits. */
  dark: boolean;
  accent: string | null;
  /** The flow version a shared link was made with. */
  version: number | null;
  dropped: DroppedNotice | null;
};

type Search = Readonly<Record<string, string | string[] | undefined>>;

const PREFIX: Record<View, string> = { site: "", embed: "/embed", map: "/map" };
const HEX = /^[0-9a-f]{6}$/;
const MAX_DROPPED = 999;

/** An answer, flow or rule id: the same form replay takes for answers. */
export const isId = isAnswerId;

export function stepUrl(view: View, flow: string, answers: readonly string[] = []): StepUrl {
  return {
    view,
    flow,
    answers,
    paste: null,
    live: [],
    agent: false,
    dark: false,
    accent: null,
    version: null,
    dropped: null,
  };
}

/** The same URL at other answers: what a choice, the trail or "previous step" links to. */
export function atAnswers(url: StepUrl, answers: readonly string[]): StepUrl {
  return { ...url, answers, version: null, dropped: null };
}

export function formatStepUrl(url: StepUrl): string {
  const params = new URLSearchParams();
  const pasted = url.paste ? Math.min(url.paste.count, url.answers.length) : 0;
  if (url.paste && pasted > 0) {
    params.set("paste", `${url.paste.rule}~${url.paste.signature}`);
    params.set("n", String(pasted));
  }
  const live = liveIndexes(url.live, url.answers.length);
  if (live.length) params.set("live", live.join("."));
  if (url.agent) params.set("agent", "1");
  if (url.dark) params.set("theme", "dark");
  if (url.accent) params.set("accent", url.accent);
  if (url.version !== null) params.set("v", String(url.version));
  if (url.dropped) {
    params.set("dropped", String(url.dropped.count));
    if (url.dropped.first !== null) params.set("first", url.dropped.first);
  }
  const path = "/" + [url.flow, ...url.answers].map(encodeURIComponent).join("/");
  const query = params.toString();
  return `${PREFIX[url.view]}${path}${query ? `?${query}` : ""}`;
}

/** Reads what Next hands a page: the flow, the route segments and the query. */
export function parseStepUrl(
  view: View,
  flow: string,
  segments: readonly string[] | undefined,
  search: Search,
): StepUrl {
  const answers = decodeSegments(segments);
  const one = (key: string) => (typeof search[key] === "string" ? search[key] : undefined);
  const accent = one("accent")?.replace(/^#/, "").toLowerCase() ?? "";
  return {
    view,
    flow,
    answers,
    paste: readPaste(one("paste"), one("n"), answers.length),
    live: readLive(one("live"), answers.length),
    agent: one("agent") === "1",
    dark: one("theme") === "dark",
    accent: HEX.test(accent) ? accent : null,
    version: readCount(one("v"), 9999),
    dropped: readDropped(one("dropped"), one("first")),
  };
}

/** Reads a whole path and query, such as a link in a test or a redirect; null if not a step URL. */
export function parseHref(href: string): StepUrl | null {
  const url = new URL(href, "http://guidepath.invalid");
  const segments = url.pathname.split("/").slice(1);
  const view: View = segments[0] === "embed" || segments[0] === "map" ? segments[0] : "site";
  if (view !== "site") segments.shift();
  const [flow, ...answers] = segments;
  if (!flow || !isId(flow)) return null;
  return parseStepUrl(view, flow, answers, Object.fromEntries(url.searchParams));
}

/** Route segments, decoded once more if still percent-encoded. */
function decodeSegments(segments: readonly string[] | undefined): string[] {
  return (segments ?? []).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
}

function readCount(raw: string | undefined, max: number): number | null {
  if (raw === undefined || !/^\d{1,4}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= max ? n : null;
}

function readPaste(paste: string | undefined, n: string | undefined, given: number) {
  const [rule = "", signature = "", ...rest] = (paste ?? "").split("~");
  const count = readCount(n, 9999);
  if (!isId(rule) || rest.length || !/^\d{1,3}$/.test(signature) || count === null) return null;
  const claimed = Math.min(count, given);
  return claimed > 0 ? { rule, signature: Number(signature), count: claimed } : null;
}

function liveIndexes(live: readonly number[], given: number): number[] {
  return [...new Set(live)]
    .filter((i) => Number.isInteger(i) && i >= 0 && i < given)
    .sort((a, b) => a - b);
}

function readLive(raw: string | undefined, given: number): number[] {
  if (raw === undefined || !/^\d{1,2}(\.\d{1,2}){0,63}$/.test(raw)) return [];
  return liveIndexes(raw.split(".").map(Number), given);
}

function readDropped(raw: string | undefined, first: string | undefined): DroppedNotice | null {
  const count = raw !== undefined && /^\d{1,6}$/.test(raw) ? Number(raw) : 0;
  if (count < 1) return null;
  return {
    count: Math.min(count, MAX_DROPPED),
    first: first !== undefined && isId(first) ? first : null,
  };
}

/** A plain link to a flow's step on the site. */
export function flowHref(flow: string, answers: readonly string[] = []): string {
  return formatStepUrl(stepUrl("site", flow, answers));
}
