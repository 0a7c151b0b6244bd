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
 * The query that tells a visitor which answers of their link did not fit. Only an id-shaped first
 * answer is carried along: a pasted token or other text in a URL must not travel further.
 */
export function droppedParams(
  dropped: readonly string[],
  isId: (s: string) => boolean,
): Record<string, string> {
  const params: Record<string, string> = { dropped: String(dropped.length) };
  const first = dropped[0];
  if (first !== undefined && isId(first)) params.first = first;
  return params;
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
