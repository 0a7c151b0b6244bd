import { describe, expect, it } from "vitest";
import { isOnOrAfter, serverNow } from "./clock";

describe("clock", () => {
  it("compares against a date edge inclusively", () => {
    const edge = "2026-12-01T00:00:00Z";
    expect(isOnOrAfter(Date.parse(edge) - 1, edge)).toBe(false);
    expect(isOnOrAfter(Date.parse(edge), edge)).toBe(true);
  });

  it("uses the pinned clock when one is configured", () => {
    expect(serverNow({ GUIDEPATH_CLOCK: "2026-12-02T12:00:00Z" })).toBe(
      Date.parse("2026-12-02T12:00:00Z"),
    );
    const before = Date.now();
    expect(serverNow({})).toBeGreaterThanOrEqual(before);
  });

  it("fails loudly on a pinned clock that is not a date", () => {
    expect(() => serverNow({ GUIDEPATH_CLOCK: "soon" })).toThrow(/not a date/);
  });
});
