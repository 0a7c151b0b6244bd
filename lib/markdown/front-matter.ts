import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument } from "yaml";

export type Problem = { file: string; line: number; message: string };

export const describeProblem = (p: Problem) => `${p.file}:${p.line}: ${p.message}`;

/** A YAML document with a way back from a path in its data to the line that wrote it. */
export type YamlData = { data: unknown; lineOf: (path: readonly PropertyKey[]) => number };

/** Parses YAML; `firstLine` is the file line the text starts on. Problems name file and line. */
export function parseYaml(
  text: string,
  file: string,
  firstLine = 1,
): { yaml: YamlData; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const line = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const problems = doc.errors.map((error) => ({
    file,
    line: line(error.pos[0]),
    message: error.message.split("\n")[0] ?? "YAML error",
  }));
  const lineOf = (path: readonly PropertyKey[]) => {
    const offset = offsetOf(doc.contents, path);
    return offset === null ? firstLine : line(offset);
  };
  return { yaml: { data: doc.toJS(), lineOf }, problems };
}

/** Where the deepest node on a path starts: a mapping entry's key, a list item. */
function offsetOf(root: unknown, path: readonly PropertyKey[]): number | null {
  let node = root;
  let offset = isNode(node) ? (node.range?.[0] ?? null) : null;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      if (isScalar(pair.key)) offset = pair.key.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
      if (isNode(node)) offset = node.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

/** Splits `---` front matter from a Markdown file: the YAML, the body, and the body's first line. */
export function splitFrontMatter(
  text: string,
): { front: string; body: string; bodyLine: number } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return null;
  const front = match[1] ?? "";
  return { front, body: text.slice(match[0].length), bodyLine: match[0].split("\n").length };
}
