import { describe, expect, it } from "vitest";
import { inlineToText, isSafeHref, parseInline } from "./inline";

describe("parseInline", () => {
  it("splits strong, emphasis, code and links out of plain text", () => {
    expect(
      parseInline("Open **User settings**, then *Tokens* and `scope` [docs](https://x.test/a)."),
    ).toEqual([
      { kind: "text", text: "Open " },
      { kind: "strong", text: "User settings" },
      { kind: "text", text: ", then " },
      { kind: "em", text: "Tokens" },
      { kind: "text", text: " and " },
      { kind: "code", text: "scope" },
      { kind: "text", text: " " },
      { kind: "link", text: "docs", href: "https://x.test/a" },
      { kind: "text", text: "." },
    ]);
  });

  it("keeps markup-looking text inert", () => {
    expect(parseInline("<b>not html</b>")).toEqual([{ kind: "text", text: "<b>not html</b>" }]);
  });

  it("refuses links that are not https, mail or our own paths", () => {
    expect(() => parseInline("[x](javascript:alert(1))")).toThrow(/Unsafe link/);
    expect(() => parseInline("[x](http://plain.test)")).toThrow(/Unsafe link/);
    expect(isSafeHref("//evil.test")).toBe(false);
    expect(isSafeHref("/pat-not-authorized")).toBe(true);
    expect(isSafeHref("mailto:someone@example.test")).toBe(true);
  });

  it("flattens to plain text", () => {
    expect(inlineToText("Choose **All accessible organizations** in `Organization`")).toBe(
      "Choose All accessible organizations in Organization",
    );
  });
});
