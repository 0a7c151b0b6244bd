/** The answer path is the state: `/<flow id>/<answer>/<answer>/...`, nothing in the hash. */
export function flowHref(flowId: string, answers: readonly string[]): string {
  return "/" + [flowId, ...answers].map(encodeURIComponent).join("/");
}

/** Route segments as Next hands them over, decoded once more if still percent-encoded. */
export function decodeSegments(segments: readonly string[] | undefined): string[] {
  return (segments ?? []).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
}

export type DroppedNotice = { count: number; first: string | null };

/**
 * Where to send a visitor whose path had answers that did not fit. Only an id-shaped first answer
 * is carried along for the notice: a pasted token or other text in a URL must not travel further.
 */
export function noticeHref(
  flowId: string,
  accepted: readonly string[],
  dropped: readonly string[],
  isId: (s: string) => boolean,
): string {
  const params = new URLSearchParams({ dropped: String(dropped.length) });
  const first = dropped[0];
  if (first !== undefined && isId(first)) params.set("first", first);
  return `${flowHref(flowId, accepted)}?${params.toString()}`;
}

export function readNotice(
  search: Record<string, string | string[] | undefined>,
  isId: (s: string) => boolean,
): DroppedNotice | null {
  const raw = search.dropped;
  const count = typeof raw === "string" ? Number.parseInt(raw, 10) : NaN;
  if (!Number.isFinite(count) || count < 1) return null;
  const first = typeof search.first === "string" && isId(search.first) ? search.first : null;
  return { count: Math.min(count, 999), first };
}
