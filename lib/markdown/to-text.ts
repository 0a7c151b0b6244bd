import type { Nodes } from "mdast";

/** The words a tree shows, as plain text: for search, summaries and seed-coverage checks. */
export function markdownText(
  node: Nodes | readonly Nodes[],
  figure?: (id: string) => string,
): string {
  if (Array.isArray(node)) return node.map((n) => markdownText(n, figure)).join("");
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
      return `${one.attributes?.title ?? ""}\n${markdownText(one.children, figure)}`;
    case "html":
    case "textDirective":
      return "";
    default: {
      if (!("children" in one)) return "";
      const inner = markdownText(one.children as Nodes[], figure);
      const block = ["paragraph", "heading", "listItem", "tableCell", "blockquote"].includes(
        one.type,
      );
      return block ? `${inner}\n` : inner;
    }
  }
}
