/**
 * A tiny inline markup for our own copy: **strong**, *emphasis*, `code` and [text](https://link).
 * It yields tokens, never HTML, so nothing in copy can reach the page as markup.
 */
export type InlineToken =
  | { kind: "text"; text: string }
  | { kind: "strong"; text: string }
  | { kind: "em"; text: string }
  | { kind: "code"; text: string }
  | { kind: "link"; text: string; href: string };

const PATTERN = /\*\*([^*]+)\*\*|\*([^*]+)\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Links may only point to https pages, mail addresses or our own paths. */
export function isSafeHref(href: string): boolean {
  return /^(https:\/\/|mailto:|\/(?!\/))/.test(href);
}

export function parseInline(source: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let last = 0;
  for (const match of source.matchAll(PATTERN)) {
    const index = match.index;
    if (index > last) tokens.push({ kind: "text", text: source.slice(last, index) });
    const [, strong, em, code, linkText, href] = match;
    if (strong !== undefined) tokens.push({ kind: "strong", text: strong });
    else if (em !== undefined) tokens.push({ kind: "em", text: em });
    else if (code !== undefined) tokens.push({ kind: "code", text: code });
    else if (linkText !== undefined && href !== undefined) {
      if (!isSafeHref(href)) throw new Error(`Unsafe link in copy: ${href}`);
      tokens.push({ kind: "link", text: linkText, href });
    }
    last = index + match[0].length;
  }
  if (last < source.length) tokens.push({ kind: "text", text: source.slice(last) });
  return tokens;
}

/** The same copy as plain text, for headings' accessible names, summaries and search. */
export function inlineToText(source: string): string {
  return parseInline(source)
    .map((token) => token.text)
    .join("");
}
