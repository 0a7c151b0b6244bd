import { describe, expect, it } from "vitest";
import { contrast, readEmbedTheme } from "./embed-theme";

describe("embed theme", () => {
  it("computes WCAG contrast", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 0);
    expect(contrast("#1d4ed8", "#ffffff")).toBeGreaterThan(4.5);
  });

  it("takes a dark theme and a readable accent", () => {
    expect(readEmbedTheme({ dark: true, accent: "93c5fd" })).toEqual({
      dark: true,
      accent: "93c5fd",
    });
  });

  it("ignores accents that would be unreadable on the background", () => {
    expect(readEmbedTheme({ dark: false, accent: "ffff00" }).accent).toBeNull();
    expect(readEmbedTheme({ dark: true, accent: "1d4ed8" }).accent).toBeNull();
    expect(readEmbedTheme({ dark: false, accent: null })).toEqual({ dark: false, accent: null });
  });
});
