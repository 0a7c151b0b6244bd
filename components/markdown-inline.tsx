import type { PhrasingContent } from "mdast";
import { countdownWords } from "@/lib/countdown";

const linkClass = "text-accent hover:text-accent-strong wrap-anywhere underline underline-offset-2";

/**
 * Inline Markdown as React elements. Only the node kinds the content checks allow are drawn;
 * raw HTML never reaches the page (the checks refuse it, and this draws nothing for it).
 */
export function MarkdownInline({
  nodes,
  now,
}: {
  nodes: readonly PhrasingContent[];
  /** The clock, for countdowns. */
  now?: number;
}) {
  return (
    <>
      {nodes.map((node, i) => (
        <Phrasing key={i} node={node} now={now} />
      ))}
    </>
  );
}

function Phrasing({ node, now }: { node: PhrasingContent; now?: number }) {
  switch (node.type) {
    case "text":
      return <>{node.value}</>;
    case "strong":
      return (
        <strong className="font-semibold">
          <MarkdownInline nodes={node.children} now={now} />
        </strong>
      );
    case "emphasis":
      return (
        <em>
          <MarkdownInline nodes={node.children} now={now} />
        </em>
      );
    case "delete":
      return (
        <del>
          <MarkdownInline nodes={node.children} now={now} />
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
          <MarkdownInline nodes={node.children} now={now} />
        </a>
      );
    case "textDirective": {
      const to = node.attributes?.to ?? "";
      if (node.name !== "countdown") return null;
      return <strong>{countdownWords(to, now)}</strong>;
    }
    case "linkReference":
      return <MarkdownInline nodes={node.children} now={now} />;
    default:
      return null;
  }
}
