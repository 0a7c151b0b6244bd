import Link from "next/link";
import type { ChoiceLink } from "@/lib/step-model";
import { MarkdownInline } from "./markdown-inline";

/** Answers are plain links: the next step is a new URL, so the walk works without JavaScript. */
type Props = { choices: readonly ChoiceLink[]; question: string; scroll?: boolean };

export function ChoiceList({ choices, question, scroll = true }: Props) {
  return (
    <nav aria-label={`Answers: ${question}`} className="no-print mt-8">
      <ul className="grid gap-3">
        {choices.map((choice) => (
          <li key={choice.answer}>
            <Link
              href={choice.href}
              prefetch={false}
              scroll={scroll}
              data-answer={choice.answer}
              className="group hover:border-accent focus-visible:border-accent focus-visible:outline-accent flex items-center justify-between gap-4 rounded-lg border-2 border-slate-300 bg-white px-5 py-4 font-medium text-slate-900 shadow-sm transition-colors hover:bg-blue-50 focus-visible:outline-3 focus-visible:outline-offset-2 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
            >
              <span>
                <span data-label>{choice.label}</span>
                {choice.hint ? (
                  <span className="mt-1 block text-sm font-normal text-slate-600">
                    <MarkdownInline nodes={choice.hint} />
                  </span>
                ) : null}
              </span>
              <span
                aria-hidden="true"
                className="text-accent text-xl transition-transform group-hover:translate-x-1"
              >
                →
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
