import type { PhrasingContent } from "mdast";

const linkClass = "text-accent hover:text-accent-strong wrap-anywhere underline underline-offset-2";

/**
 * Inline Markdown as React elements. Only the node kinds the content checks allow are drawn;
 * raw HTML never reaches the page (the checks refuse it, and this draws nothing for it).
 */
export function MarkdownInline({ nodes }: { nodes: readonly PhrasingContent[] }) {
  return (
    <>
      {nodes.map((node, i) => (
        <Phrasing key={i} node={node} />
      ))}
    </>
  );
}

function Phrasing({ node }: { node: PhrasingContent }) {
  switch (node.type) {
    case "text":
      return <>{node.value}</>;
    case "strong":
      return (
        <strong className="font-semibold">
          <MarkdownInline nodes={node.children} />
        </strong>
      );
    case "emphasis":
      return (
        <em>
          <MarkdownInline nodes={node.children} />
        </em>
      );
    case "delete":
      return (
        <del>
          <MarkdownInline nodes={node.children} />
        </del>
      );
    case "inlineCode":
      return (
        <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] wrap-anywhere dark:bg-slate-800">
          {node.value}
        </code>
      );
    case "break":
      return <br />;
    case "link":
      return (
        <a href={node.url} className={linkClass}>
          <MarkdownInline nodes={node.children} />
        </a>
      );
    case "linkReference":
      return <MarkdownInline nodes={node.children} />;
    default:
      return null;
  }
}
