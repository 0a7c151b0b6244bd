// The redacted lines of the last pasted error that matched, held in this page's memory only, so a
// summary copied later in the same visit can quote them. Never written to storage or a URL.
let remembered: string[] = [];

export function rememberMatchedLines(redacted: string, matchedWords: readonly string[]) {
  const words = matchedWords.map((w) => w.toLowerCase());
  remembered = redacted
    .split("\n")
    .filter((line) => words.some((w) => line.toLowerCase().includes(w)))
    .slice(0, 20)
    .map((line) => line.slice(0, 400));
}

export function recallMatchedLines(): readonly string[] {
  return remembered;
}
