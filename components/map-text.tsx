import Link from "next/link";
import type { MapEntry } from "@/lib/map-model";

const outcomeWords = {
  resolved: "outcome: the fix",
  escalate: "outcome: hand over to support",
} as const;

/** The map in words: every step, where each answer leads, and where you have been. */
export function MapText({ entries }: { entries: readonly MapEntry[] }) {
  return (
    <ol className="space-y-4">
      {entries.map((entry) => (
        <li
          key={entry.id}
          className={entry.current ? "border-accent rounded-md border-l-4 bg-blue-50 p-3" : "p-3"}
        >
          <p className="font-medium">
            {entry.href ? (
              <Link
                href={entry.href}
                prefetch={false}
                className="text-accent underline underline-offset-2"
              >
                {entry.title}
              </Link>
            ) : (
              entry.title
            )}
            {entry.current ? (
              <strong className="ml-2 text-sm">(you are here)</strong>
            ) : entry.visited ? (
              <span className="ml-2 text-sm text-slate-600">(on your path)</span>
            ) : null}
          </p>
          {entry.outcome ? (
            <p className="text-sm text-slate-600">
              {outcomeWords[entry.outcome as keyof typeof outcomeWords]}
            </p>
          ) : null}
          {entry.leadsTo.length ? (
            <ul className="mt-1 list-disc pl-6 text-sm text-slate-700">
              {entry.leadsTo.map((lead, i) => (
                <li key={i}>
                  {lead.label} → {lead.to}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
