import Link from "next/link";
import type { Figure } from "@/lib/content-types";
import type { DroppedNotice } from "@/lib/flow-url";
import type { StepModel } from "@/lib/step-model";
import { AnswerTrail } from "./answer-trail";
import { ChoiceList } from "./choice-list";
import { ContentBlocks } from "./content-blocks";
import { InlineText } from "./inline-text";
import { OutcomeBadge } from "./outcome-banner";
import { PasteBox } from "./paste-box";
import { PasteNote, type PasteNoteModel } from "./paste-note";
import { PageHeading } from "./page-heading";
import { ReplayNotice } from "./replay-notice";
import { SourceList } from "./source-list";

type Props = {
  model: StepModel;
  figures: Record<string, Figure>;
  notice: DroppedNotice | null;
  pasteNote: PasteNoteModel | null;
};

export function StepView({ model, figures, notice, pasteNote }: Props) {
  const { step } = model;
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <article data-step={model.stateId} data-outcome={model.outcome ?? undefined}>
        {notice ? <ReplayNotice notice={notice} /> : null}
        {pasteNote ? <PasteNote note={pasteNote} /> : null}
        <p className="mb-2 text-sm font-medium text-slate-600">
          {model.flowTitle} · version {model.version}
        </p>
        {model.latestChange ? (
          <p className="mb-4 rounded-md bg-slate-100 p-3 text-sm text-slate-700">
            What changed in version {model.version}: {model.latestChange}
          </p>
        ) : null}
        {model.outcome ? <OutcomeBadge outcome={model.outcome} /> : null}
        <PageHeading className="text-3xl font-bold tracking-tight text-balance">
          {step.title}
        </PageHeading>
        {step.lead ? (
          <p className="mt-4 text-lg text-slate-800">
            <InlineText text={step.lead} />
          </p>
        ) : null}
        {step.body ? (
          <div className="mt-6">
            <ContentBlocks blocks={step.body} figures={figures} />
          </div>
        ) : null}
        {model.choices.length ? <ChoiceList choices={model.choices} question={step.title} /> : null}
        <SourceList sources={step.sources ?? []} className="mt-8" />
      </article>
      <aside className="space-y-4">
        <AnswerTrail trail={model.trail} />
        <nav
          aria-label="Step navigation"
          className="no-print flex flex-wrap gap-x-5 gap-y-2 text-sm"
        >
          {model.previousHref ? (
            <Link
              href={model.previousHref}
              prefetch={false}
              className="text-accent underline underline-offset-2"
            >
              ← Previous step
            </Link>
          ) : null}
          <Link
            href={model.startHref}
            prefetch={false}
            className="text-accent underline underline-offset-2"
          >
            Start over
          </Link>
          <Link
            href={`/map${model.currentHref}`}
            prefetch={false}
            className="text-accent underline underline-offset-2"
          >
            Map of this guide
          </Link>
          <Link href="/" className="text-accent underline underline-offset-2">
            All guides
          </Link>
        </nav>
        <details className="no-print rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">Paste an error</summary>
          <div className="mt-3">
            <PasteBox />
          </div>
        </details>
      </aside>
    </div>
  );
}
