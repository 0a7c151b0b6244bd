import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type StepUrl,
  atAnswers,
  flowHref,
  formatStepUrl,
  parseHref,
  parseStepUrl,
  stepUrl,
} from "./step-url";

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
/**
 * Answers as a person could type them: anything, including slashes, spaces and escapes, except
 * "." and "..", which every URL parser resolves away (no answer id can be one).
 */
const segment = fc.oneof(
  id,
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s !== "." && s !== ".."),
);

const anyUrl: fc.Arbitrary<StepUrl> = fc
  .record({
    view: fc.constantFrom("site" as const, "embed" as const, "map" as const),
    flow: id,
    answers: fc.array(segment, { maxLength: 8 }),
    paste: fc.option(
      fc.record({ rule: id, signature: fc.nat(999), count: fc.integer({ min: 1, max: 12 }) }),
    ),
    live: fc.uniqueArray(fc.nat(10), { maxLength: 4 }),
    agent: fc.boolean(),
    dark: fc.boolean(),
    accent: fc.option(fc.stringMatching(/^[0-9a-f]{6}$/)),
    version: fc.option(fc.integer({ min: 1, max: 9999 })),
    dropped: fc.option(
      fc.record({ count: fc.integer({ min: 1, max: 999 }), first: fc.option(id) }),
    ),
  })
  .map((url) => url);

/** What a URL means once written: marks past the answers given cannot be told apart from none. */
function normal(url: StepUrl): StepUrl {
  const count = url.paste ? Math.min(url.paste.count, url.answers.length) : 0;
  return {
    ...url,
    paste: url.paste && count > 0 ? { ...url.paste, count } : null,
    live: [...url.live].filter((i) => i < url.answers.length).sort((a, b) => a - b),
  };
}

describe("the step URL codec", () => {
  it("reads back every URL it writes (property, site, embed and map)", () => {
    fc.assert(
      fc.property(anyUrl, (url) => {
        expect(parseHref(formatStepUrl(url))).toEqual(normal(url));
      }),
      { numRuns: 500 },
    );
  });

  it("reads what Next hands a page the same way as a whole href", () => {
    fc.assert(
      fc.property(anyUrl, (url) => {
        const href = formatStepUrl(url);
        const parsed = new URL(href, "http://x.test");
        const segments = parsed.pathname.split("/").slice(url.view === "site" ? 2 : 3);
        const search = Object.fromEntries(parsed.searchParams);
        expect(parseStepUrl(url.view, url.flow, segments, search)).toEqual(normal(url));
      }),
      { numRuns: 300 },
    );
  });

  it("puts the flow and each answer in a path segment, in the order links have always had", () => {
    expect(flowHref("pat-not-authorized", ["services", "not-authorized"])).toBe(
      "/pat-not-authorized/services/not-authorized",
    );
    const url: StepUrl = {
      ...stepUrl("embed", "f", ["a", "b"]),
      paste: { rule: "profile-api-401", signature: 0, count: 2 },
      live: [1],
      agent: true,
      dark: true,
      accent: "1d4ed8",
      version: 2,
    };
    expect(formatStepUrl(url)).toBe(
      "/embed/f/a/b?paste=profile-api-401%7E0&n=2&live=1&agent=1&theme=dark&accent=1d4ed8&v=2",
    );
  });

  it("keeps the marks on a shorter path only for the answers still on it", () => {
    const url = {
      ...stepUrl("site", "f", ["a", "b", "c"]),
      paste: { rule: "r", signature: 1, count: 2 },
      live: [2],
    };
    expect(formatStepUrl(atAnswers(url, ["a"]))).toBe("/f/a?paste=r%7E1&n=1");
    expect(formatStepUrl(atAnswers(url, []))).toBe("/f");
  });

  it("keeps a malformed escape as it is instead of throwing", () => {
    expect(parseStepUrl("site", "f", ["%E0%A4%A", "ok"], {}).answers).toEqual(["%E0%A4%A", "ok"]);
    expect(parseStepUrl("site", "f", undefined, {}).answers).toEqual([]);
  });

  it("ignores nonsense in the query, and never carries a token-like first answer", () => {
    const read = (search: Record<string, string>) => parseStepUrl("site", "f", ["a", "b"], search);
    expect(read({ paste: "<b>~0", n: "1" }).paste).toBeNull();
    expect(read({ paste: "r~x", n: "1" }).paste).toBeNull();
    expect(read({ paste: "r~0", n: "0" }).paste).toBeNull();
    expect(read({ paste: "r~0", n: "9" }).paste).toEqual({ rule: "r", signature: 0, count: 2 });
    expect(read({ live: "0.1.7" }).live).toEqual([0, 1]);
    expect(read({ live: "x" }).live).toEqual([]);
    expect(read({ accent: "red;}body{display:none" }).accent).toBeNull();
    expect(read({ theme: "neon" }).dark).toBe(false);
    expect(read({ v: "0" }).version).toBeNull();
    expect(read({ dropped: "zero" }).dropped).toBeNull();
    expect(read({ dropped: "1", first: "<script>" }).dropped).toEqual({ count: 1, first: null });
    expect(read({ dropped: "2", first: "x".repeat(52) }).dropped).toEqual({
      count: 2,
      first: null,
    });
  });
});
