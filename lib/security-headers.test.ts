import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, frameAncestors } from "./security-headers";

describe("security headers", () => {
  it("allows scripts only with the nonce, and no eval outside development", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", embed: false, ancestors: [], dev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("lets the browser reach the sign-in authority, and frame it for silent renewal, only when live mode is on", () => {
    const off = contentSecurityPolicy({ nonce: "n", embed: false, ancestors: [], dev: false });
    expect(off).toContain("connect-src 'self';");
    expect(off).toContain("frame-src 'self';");
    const on = contentSecurityPolicy({
      nonce: "n",
      embed: false,
      ancestors: [],
      dev: false,
      connect: ["https://login.example.test"],
      frames: ["https://login.example.test"],
    });
    expect(on).toContain("connect-src 'self' https://login.example.test");
    expect(on).toContain("frame-src 'self' https://login.example.test");
  });

  it("lets only the configured parents frame the embed route", () => {
    const csp = contentSecurityPolicy({
      nonce: "n",
      embed: true,
      ancestors: ["https://help.example.test"],
      dev: false,
    });
    expect(csp).toContain("frame-ancestors 'self' https://help.example.test");
  });

  it("refuses a configured ancestor that is not an origin", () => {
    expect(frameAncestors("https://a.test http://127.0.0.1:3190")).toEqual([
      "https://a.test",
      "http://127.0.0.1:3190",
    ]);
    expect(frameAncestors(undefined)).toEqual([]);
    expect(() => frameAncestors("https://a.test/path")).toThrow(/not an origin/);
    expect(() => frameAncestors("'unsafe-inline'")).toThrow(/not an origin/);
  });
});
