import type { RootContent } from "mdast";
import type { Figure, Source } from "@/lib/content-types";
import { MarkdownInline } from "./markdown-inline";
import { SourceList } from "./source-list";

type Context = {
  figures: Record<string, Figure>;
  sources: Record<string, Source>;
  /** The clock, for countdowns. */
  now?: number;
};

const noteStyles: Record<string, string> = {
  info: "border-sky-300 bg-sky-50 text-sky-950",
  warning: "border-amber-400 bg-amber-50 text-amber-950",
};

/** A step's Markdown body, drawn on the server from its syntax tree. */
export function MarkdownBody({ nodes, ...context }: { nodes: readonly RootContent[] } & Context) {
  return (
    <div className="space-y-5">
      {nodes.map((node, i) => (
        <Block key={i} node={node} context={context} />
      ))}
    </div>
  );
}

function Blocks({ nodes, context }: { nodes: readonly RootContent[]; context: Context }) {
  return (
    <>
      {nodes.map((node, i) => (
        <Block key={i} node={node} context={context} />
      ))}
    </>
  );
}

function Block({ node, context }: { node: RootContent; context: Context }) {
  switch (node.type) {
    case "paragraph":
      return (
        <p>
          <MarkdownInline nodes={node.children} now={context.now} />
        </p>
      );
    case "heading": {
      const Heading = node.depth <= 2 ? "h2" : "h3";
      return (
        <Heading className={node.depth <= 2 ? "text-xl font-semibold" : "text-lg font-semibold"}>
          <MarkdownInline nodes={node.children} now={context.now} />
        </Heading>
      );
    }
    case "list": {
      const List = node.ordered ? "ol" : "ul";
      return (
        <List
          start={node.ordered && node.start !== 1 ? (node.start ?? undefined) : undefined}
          className={`space-y-1 pl-6 ${node.ordered ? "list-decimal" : "list-disc"}`}
        >
          {node.children.map((item, i) => (
            <li key={i}>
              {item.children.length === 1 && item.children[0]?.type === "paragraph" ? (
                <MarkdownInline nodes={item.children[0].children} now={context.now} />
              ) : (
                <div className="space-y-2">
                  <Blocks nodes={item.children} context={context} />
                </div>
              )}
            </li>
          ))}
        </List>
      );
    }
    case "blockquote":
      return (
        <blockquote className="border-l-4 border-slate-300 pl-4 text-slate-700 dark:text-slate-200">
          <Blocks nodes={node.children} context={context} />
        </blockquote>
      );
    case "thematicBreak":
      return <hr className="border-slate-200" />;
    case "code": {
      const label = node.meta ?? "Code";
      return (
        <figure>
          <figcaption className="mb-1 text-sm font-medium text-slate-700">{label}</figcaption>
          <pre
            tabIndex={0}
            aria-label={label}
            className="overflow-x-auto rounded-md bg-slate-900 p-4 text-xs leading-relaxed text-slate-100"
          >
            <code>{node.value}</code>
          </pre>
        </figure>
      );
    }
    case "table":
      return (
        <div tabIndex={0} role="region" aria-label="Table" className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <tbody>
              {node.children.map((row, r) => (
                <tr key={r}>
                  {row.children.map((cell, c) => {
                    const Cell = r === 0 ? "th" : "td";
                    return (
                      <Cell key={c} className="border-b border-slate-200 py-1 pr-3 align-top">
                        <MarkdownInline nodes={cell.children} now={context.now} />
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case "leafDirective": {
      const figure = context.figures[node.attributes?.id ?? ""];
      if (node.name !== "figure" || !figure) return null;
      return (
        <figure className="rounded-md border border-slate-200 bg-white p-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- SVGs need no optimizing, and next/image would add client code to every step page */}
          <img
            src={figure.src}
            alt={figure.alt}
            width={figure.width}
            height={figure.height}
            loading="lazy"
            decoding="async"
            className="h-auto w-full"
          />
          <figcaption className="mt-2 px-1 text-sm text-slate-600">{figure.caption}</figcaption>
        </figure>
      );
    }
    case "containerDirective": {
      const title = node.attributes?.title ?? "";
      const sources = (node.attributes?.sources ?? "")
        .split(/\s+/)
        .flatMap((id) => (context.sources[id] ? [context.sources[id]] : []));
      return (
        <aside
          aria-label={title}
          className={`rounded-md border-l-4 p-4 ${noteStyles[node.name] ?? noteStyles.info}`}
        >
          <p className="font-semibold">{title}</p>
          <div className="mt-1 space-y-2">
            <Blocks nodes={node.children} context={context} />
          </div>
          <SourceList sources={sources} className="mt-2 !text-current" />
        </aside>
      );
    }
    default:
      return null;
  }
}
