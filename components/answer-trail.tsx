import Link from "next/link";
import type { TrailEntry } from "@/lib/step-model";

/** The answers so far; each links back to where it was asked, to change it from there. */
export function AnswerTrail({ trail }: { trail: readonly TrailEntry[] }) {
  return (
    <section
      aria-labelledby="trail-heading"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="trail-heading" className="text-base font-semibold">
        Your answers so far
      </h2>
      {trail.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">None yet: this is the first question.</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {trail.map((entry, i) => (
            <li key={entry.href} className="text-sm">
              <span className="block text-slate-600">
                {i + 1}. {entry.question}
              </span>
              <span className="block font-medium text-slate-900">{entry.answer}</span>
              {entry.fromPaste ? (
                <span className="mt-0.5 inline-block rounded bg-violet-100 px-1.5 text-xs font-medium text-violet-900">
                  from your pasted error
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
