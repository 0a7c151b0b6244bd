import { describe, expect, it } from "vitest";
import { isCountdownDate, timeLeft } from "./countdown";

const until = "2026-12-01T00:00:00Z";
const at = (iso: string) => Date.parse(iso);

describe("time left until a date", () => {
  it("counts whole days, then hours on the last day", () => {
    expect(timeLeft(at("2026-11-29T09:00:00Z"), until)).toBe("1 day left");
    expect(timeLeft(at("2026-11-28T23:00:00Z"), until)).toBe("2 days left");
    expect(timeLeft(at("2026-11-30T09:00:00Z"), until)).toBe("15 hours left");
    expect(timeLeft(at("2026-11-30T23:30:00Z"), until)).toBe("less than an hour left");
  });

  it("says so once the date has passed", () => {
    expect(timeLeft(at("2026-12-01T00:00:00Z"), until)).toBe("no time left");
    expect(timeLeft(at("2026-12-02T00:00:00Z"), until)).toBe("no time left");
  });

  it("takes only full UTC date-times", () => {
    expect(isCountdownDate(until)).toBe(true);
    expect(isCountdownDate("2026-12-01")).toBe(false);
    expect(isCountdownDate("2026-13-01T00:00:00Z")).toBe(false);
  });
});
