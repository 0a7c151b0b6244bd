import type { Source } from "@/lib/content-types";

export function SourceList({
  sources,
  className = "",
}: {
  sources: readonly Source[];
  className?: string;
}) {
  if (!sources.length) return null;
  return (
    <ul className={`space-y-1 text-sm text-slate-600 dark:text-slate-300 ${className}`}>
      {sources.map((source) => (
        <li key={source.title}>
          Source:{" "}
          {source.url ? (
            <a href={source.url} className="underline underline-offset-2 hover:text-slate-900">
              {source.title}
            </a>
          ) : (
            source.title
          )}
          {source.date ? ` (${source.date})` : null}
        </li>
      ))}
    </ul>
  );
}
