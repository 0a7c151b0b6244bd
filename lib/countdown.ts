const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * How long is left until a date, as a person says it: whole days, or hours on the last day.
 * `now` is the injected clock, so tests and pinned servers read the same words.
 */
export function timeLeft(now: number, until: string): string {
  const left = Date.parse(until) - now;
  if (!(left > 0)) return "no time left";
  if (left >= DAY) {
    const days = Math.floor(left / DAY);
    return `${days} ${days === 1 ? "day" : "days"} left`;
  }
  const hours = Math.ceil(left / HOUR);
  return hours <= 1 ? "less than an hour left" : `${hours} hours left`;
}

/** What a countdown says: the time left by the clock, or, with no clock, the moment it counts to. */
export function countdownWords(until: string, now?: number): string {
  return now === undefined ? `time left until ${until.slice(0, 10)}` : timeLeft(now, until);
}

/** A date the countdown directive may count to: a full ISO date and time in UTC. */
export const isCountdownDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value) && !Number.isNaN(Date.parse(value));
