import type { Nodes } from "mdast";
import { countdownWords } from "../countdown";

type Options = {
  /** The words of a figure, by id. */
  figure?: (id: string) => string;
  /** The clock, for countdowns; without it a countdown reads as the date it counts to. */
  now?: number;
};

/** The words a tree shows, as plain text: for search, summaries and seed-coverage checks. */
export function markdownText(node: Nodes | readonly Nodes[], options: Options = {}): string {
  if (Array.isArray(node)) return node.map((n) => markdownText(n, options)).join("");
  const { figure, now } = options;
  const one = node as Nodes;
  switch (one.type) {
    case "text":
    case "inlineCode":
      return one.value;
    case "code":
      return `${one.meta ?? ""}\n${one.value}\n`;
    case "break":
      return "\n";
    case "leafDirective":
      return one.name === "figure" && figure ? `${figure(one.attributes?.id ?? "")}\n` : "";
    case "containerDirective":
      return `${one.attributes?.title ?? ""}\n${markdownText(one.children, options)}`;
    case "textDirective": {
      const to = one.attributes?.to ?? "";
      if (one.name !== "countdown") return "";
      return countdownWords(to, now);
    }
    case "html":
      return "";
    default: {
      if (!("children" in one)) return "";
      const inner = markdownText(one.children as Nodes[], options);
      const block = ["paragraph", "heading", "listItem", "tableCell", "blockquote"].includes(
        one.type,
      );
      return block ? `${inner}\n` : inner;
    }
  }
}
