import { describe, expect, it } from "vitest";
import { fitsInput } from "./inputs";

describe("inputs", () => {
  it("accept what readers put in URLs and filters, and nothing else", () => {
    expect(fitsInput("organization", "contoso")).toBe(true);
    expect(fitsInput("organization", "pat-one-org")).toBe(true);
    for (const bad of ["", "../evil", "a/b", "evil.test@x", "-x", "a".repeat(51)])
      expect(fitsInput("organization", bad), bad).toBe(false);
    expect(fitsInput("domain", "contoso.onmicrosoft.com")).toBe(true);
    expect(fitsInput("domain", "not a domain!")).toBe(false);
    expect(fitsInput("application-id", "6a1f0c2e-0000-4000-8000-00000000000A")).toBe(true);
    expect(fitsInput("application-id", "6a1f0c2e' or 1 eq 1")).toBe(false);
  });
});
