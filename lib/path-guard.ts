/**
 * Splits a raw URL path at its first segment that does not percent-decode. Returns null when
 * every segment decodes; otherwise the decodable prefix and how many segments were cut.
 */
export function undecodableTail(pathname: string): { keep: string; dropped: number } | null {
  const segments = pathname.split("/");
  const bad = segments.findIndex((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
  if (bad === -1) return null;
  return { keep: segments.slice(0, bad).join("/"), dropped: segments.length - bad };
}
