import { describe, expect, it } from "vitest";
import { PhraseIndex } from "./phrase-index";

describe("PhraseIndex", () => {
  it("finds every phrase, case-insensitively, with where it ends", () => {
    const index = new PhraseIndex(["TF400813", "not authorized", "author"]);
    const hits = index.firstHits("Error TF400813: The user is NOT AUTHORIZED to access");
    expect([...hits.keys()].sort()).toEqual([0, 1, 2]);
    expect(hits.get(0)).toBe("Error TF400813".length);
  });

  it("finds overlapping and nested phrases", () => {
    const index = new PhraseIndex(["he", "she", "his", "hers"]);
    expect([...index.firstHits("ushers").keys()].sort()).toEqual([0, 1, 3]);
  });

  it("reports nothing when nothing matches", () => {
    expect(new PhraseIndex(["aadsts"]).firstHits("a".repeat(10_000)).size).toBe(0);
  });

  it("refuses an empty phrase", () => {
    expect(() => new PhraseIndex([""])).toThrow();
  });
});
