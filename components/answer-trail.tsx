import Link from "next/link";
import { provenanceLabel } from "@/lib/provenance";
import type { TrailEntry } from "@/lib/step-model";
import { LiveEvidence } from "./live/live-evidence";

/** The answers so far; each links back to where it was asked, to change it from there. */
type Props = {
  trail: readonly TrailEntry[];
  flow: string;
  agent?: boolean;
  pasteRule?: string | null;
};

export function AnswerTrail({ trail, flow, agent = false, pasteRule = null }: Props) {
  return (
    <section
      aria-labelledby="trail-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="trail-heading" className="text-base font-semibold">
        Your answers so far
      </h2>
      {trail.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          None yet: this is the first question.
        </p>
      ) : (
        <ol className="mt-3 space-y-3">
          {trail.map((entry, i) => (
            <li key={entry.href} className="text-sm">
              <span className="block text-slate-600 dark:text-slate-300">
                {i + 1}. {entry.question}
              </span>
              <span className="block font-medium text-slate-900 dark:text-slate-100">
                {entry.answer}
              </span>
              {entry.source === "live" ? (
                <>
                  <span className="mt-0.5 inline-block rounded bg-sky-100 px-1.5 text-xs font-medium text-sky-900">
                    {provenanceLabel("live")}
                  </span>
                  <LiveEvidence flow={flow} index={i} />
                </>
              ) : null}
              {entry.source === "paste" ? (
                <span className="mt-0.5 inline-block rounded bg-violet-100 px-1.5 text-xs font-medium text-violet-900">
                  {provenanceLabel("paste", pasteRule)}
                </span>
              ) : null}
              {agent ? (
                <span className="mt-0.5 block text-xs text-slate-600 dark:text-slate-300">
                  {entry.source === "person" ? provenanceLabel("person") : null}
                  {entry.source === "person" && entry.notTaken.length ? " · " : null}
                  {entry.notTaken.length ? <>Not taken: {entry.notTaken.join("; ")}</> : null}
                </span>
              ) : null}
              <Link
                href={entry.href}
                prefetch={false}
                className="text-accent hover:text-accent-strong underline underline-offset-2"
              >
                Change
                <span className="sr-only">
                  {" "}
                  answer {i + 1}: {entry.question}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
