import type { Block, Figure } from "@/lib/content-types";
import { InlineText } from "./inline-text";
import { SourceList } from "./source-list";

const noteStyles = {
  info: "border-sky-300 bg-sky-50 text-sky-950",
  warning: "border-amber-400 bg-amber-50 text-amber-950",
} as const;

function BlockView({ block, figures }: { block: Block; figures: Record<string, Figure> }) {
  switch (block.type) {
    case "p":
      return (
        <p>
          <InlineText text={block.text} />
        </p>
      );
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List className={`space-y-1 pl-6 ${block.ordered ? "list-decimal" : "list-disc"}`}>
          {block.items.map((item) => (
            <li key={item}>
              <InlineText text={item} />
            </li>
          ))}
        </List>
      );
    }
    case "code":
      return (
        <figure>
          <figcaption className="mb-1 text-sm font-medium text-slate-700">{block.label}</figcaption>
          <pre
            tabIndex={0}
            aria-label={block.label}
            className="overflow-x-auto rounded-md bg-slate-900 p-4 text-xs leading-relaxed text-slate-100"
          >
            <code>{block.code}</code>
          </pre>
        </figure>
      );
    case "figure": {
      const figure = figures[block.figure];
      if (!figure) throw new Error(`Unknown figure ${block.figure}`);
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
    case "note":
      return (
        <aside
          aria-label={block.title}
          className={`rounded-md border-l-4 p-4 ${noteStyles[block.tone]}`}
        >
          <p className="font-semibold">{block.title}</p>
          <p className="mt-1">
            <InlineText text={block.text} />
          </p>
          <SourceList sources={block.sources ?? []} className="mt-2 !text-current" />
        </aside>
      );
  }
}

export function ContentBlocks({
  blocks,
  figures,
}: {
  blocks: readonly Block[];
  figures: Record<string, Figure>;
}) {
  return (
    <div className="space-y-5">
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} figures={figures} />
      ))}
    </div>
  );
}
