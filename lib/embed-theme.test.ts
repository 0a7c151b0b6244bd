import { describe, expect, it } from "vitest";
import { contrast, readEmbedTheme } from "./embed-theme";

describe("embed theme", () => {
  it("computes WCAG contrast", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 0);
    expect(contrast("#1d4ed8", "#ffffff")).toBeGreaterThan(4.5);
  });

  it("takes a dark theme and a readable accent", () => {
    expect(readEmbedTheme({ theme: "dark", accent: "93c5fd" })).toEqual({
      dark: true,
      accent: "#93c5fd",
      params: { theme: "dark", accent: "93c5fd" },
    });
  });

  it("ignores accents that are not colours or would be unreadable", () => {
    expect(readEmbedTheme({ accent: "ffff00" }).accent).toBeNull();
    expect(readEmbedTheme({ accent: "red;}body{display:none" }).accent).toBeNull();
    expect(readEmbedTheme({ theme: "neon" })).toEqual({ dark: false, accent: null, params: {} });
  });
});
