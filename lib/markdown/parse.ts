import type { PhrasingContent, Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** Markdown to its syntax tree (GitHub flavour, with directives for figures and notes). */
export function parseMarkdown(text: string): Root {
  return processor.runSync(processor.parse(text)) as Root;
}

/** One line of inline Markdown (a lead, a hint) as phrasing content; null if it is not one paragraph. */
export function parseInlineMarkdown(text: string): PhrasingContent[] | null {
  const root = parseMarkdown(text);
  const [only, ...rest] = root.children;
  return only?.type === "paragraph" && rest.length === 0 ? only.children : null;
}
