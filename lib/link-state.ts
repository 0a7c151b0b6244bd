import { flowHref } from "./flow-url";
import type { PasteProvenance } from "./provenance";

/** What a step's links carry besides the answers: paste provenance and the agent view. */
export type LinkState = {
  /** "" for the site, "/embed" inside a frame: links stay where they are. */
  base: string;
  paste: PasteProvenance | null;
  /** Indexes of the answers read from the organization's own settings (live mode). */
  live?: readonly number[];
  agent: boolean;
  /** Parameters every link keeps as they are, such as an embed's theme. */
  keep?: Record<string, string>;
};

export const plainLinks: LinkState = { base: "", paste: null, agent: false };

/**
 * The URL of a flow at an answer path, keeping the link state. A shorter path keeps only the
 * pasted answers still on it.
 */
export function stateHref(
  flowId: string,
  answers: readonly string[],
  state: LinkState,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams();
  const count = state.paste ? Math.min(state.paste.count, answers.length) : 0;
  if (state.paste && count > 0) {
    params.set("paste", `${state.paste.rule}~${state.paste.signature}`);
    params.set("n", String(count));
  }
  const live = (state.live ?? []).filter((i) => i < answers.length);
  if (live.length) params.set("live", live.join("."));
  if (state.agent) params.set("agent", "1");
  for (const [key, value] of Object.entries(state.keep ?? {})) params.set(key, value);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return `${state.base}${flowHref(flowId, answers)}${query ? `?${query}` : ""}`;
}

export function readAgent(search: Record<string, string | string[] | undefined>): boolean {
  return search.agent === "1";
}

/** Answer indexes marked as live reads; anything malformed or beyond the path is dropped. */
export function readLive(
  search: Record<string, string | string[] | undefined>,
  answersGiven: number,
): number[] {
  const raw = search.live;
  if (typeof raw !== "string" || !/^\d{1,2}(\.\d{1,2}){0,63}$/.test(raw)) return [];
  return [...new Set(raw.split(".").map(Number))]
    .filter((i) => i < answersGiven)
    .sort((a, b) => a - b);
}
