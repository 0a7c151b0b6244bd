/** What every flow machine takes as input: the moment "now", so date-bound branches are testable. */
export type ClockInput = { now: number };

export function isOnOrAfter(now: number, isoDate: string): boolean {
  return now >= Date.parse(isoDate);
}

/**
 * The server's clock. `GUIDEPATH_CLOCK` (an ISO date) pins it, so tests and demos can show either
 * side of a date-bound branch; nothing a visitor sends can move it.
 */
export function serverNow(env: Record<string, string | undefined> = process.env): number {
  const pinned = env.GUIDEPATH_CLOCK;
  if (!pinned) return Date.now();
  const parsed = Date.parse(pinned);
  if (Number.isNaN(parsed)) throw new Error(`GUIDEPATH_CLOCK is not a date: ${pinned}`);
  return parsed;
}
