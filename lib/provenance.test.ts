import { describe, expect, it } from "vitest";
import { stateHref } from "./link-state";
import { readProvenance } from "./provenance";

const known = (id: string) => id === "profile-api-401";

describe("paste provenance in the URL", () => {
  it("round-trips a rule, its signature and the answers it gave", () => {
    const paste = { rule: "profile-api-401", signature: 0, count: 2 };
    const href = stateHref("f", ["a", "b"], { base: "", paste, agent: false });
    expect(href).toBe("/f/a/b?paste=profile-api-401%7E0&n=2");
    const search = Object.fromEntries(new URLSearchParams(href.split("?")[1]));
    expect(readProvenance(search, known, 5)).toEqual({
      rule: "profile-api-401",
      signature: 0,
      count: 2,
    });
  });

  it("never claims more answers than the path has", () => {
    expect(readProvenance({ paste: "profile-api-401~0", n: "9" }, known, 1)?.count).toBe(1);
  });

  it("ignores unknown rules and malformed values", () => {
    expect(readProvenance({ paste: "made-up~0", n: "1" }, known, 3)).toBeNull();
    expect(readProvenance({ paste: "<b>~0", n: "1" }, known, 3)).toBeNull();
    expect(readProvenance({ paste: "profile-api-401~x", n: "1" }, known, 3)).toBeNull();
    expect(readProvenance({ paste: "profile-api-401~0", n: "0" }, known, 3)).toBeNull();
    expect(readProvenance({}, known, 3)).toBeNull();
  });

  it("writes nothing when no answer came from a paste, and keeps the agent view and the frame", () => {
    expect(stateHref("f", ["a"], { base: "", paste: null, agent: false })).toBe("/f/a");
    const paste = { rule: "profile-api-401", signature: 0, count: 2 };
    expect(stateHref("f", [], { base: "", paste, agent: false })).toBe("/f");
    expect(stateHref("f", ["a"], { base: "/embed", paste: null, agent: true })).toBe(
      "/embed/f/a?agent=1",
    );
  });
});
