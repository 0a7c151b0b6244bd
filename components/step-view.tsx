import Link from "next/link";
import { probePanel } from "@/lib/live/reader-catalog";
import type { StepModel } from "@/lib/step-model";
import { summaryOf } from "@/lib/summary";
import { AnswerTrail } from "./answer-trail";
import { ChoiceList } from "./choice-list";
import { CopyButton } from "./copy-button";
import { FlowMap } from "./flow-map";
import { LiveProbePanel } from "./live/live-probe-panel";
import { MarkdownBody } from "./markdown-body";
import { MarkdownInline } from "./markdown-inline";
import { OutcomeBadge } from "./outcome-banner";
import { PageHeading } from "./page-heading";
import { PasteBox } from "./paste-box";
import { PasteNote } from "./paste-note";
import { PrintSummary } from "./print-summary";
import { ReplayNotice } from "./replay-notice";
import { SourceList } from "./source-list";
import { VersionNote } from "./version-note";

const linkClass = "text-accent underline underline-offset-2";

/** A step page from its view model: the same for the site and the embed. */
export function StepView({ model }: { model: StepModel }) {
  const { step, live } = model;
  const embed = model.embed !== null;
  const summary = summaryOf(model);
  return (
    <>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem] print:hidden">
        <article
          data-step={model.stateId}
          data-outcome={model.outcome ?? undefined}
          className="min-w-0"
        >
          {model.versionNote ? <VersionNote note={model.versionNote} /> : null}
          {model.notice ? <ReplayNotice notice={model.notice} /> : null}
          {model.paste ? <PasteNote note={model.paste} /> : null}
          <p className="mb-2 text-sm font-medium text-slate-600 dark:text-slate-300">
            {model.flowTitle} · version {model.version}
          </p>
          {model.latestChange ? (
            <p className="mb-4 rounded-md bg-slate-100 p-3 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-200">
              What changed in version {model.version}: {model.latestChange}
            </p>
          ) : null}
          {model.outcome ? <OutcomeBadge outcome={model.outcome} /> : null}
          {model.progress ? (
            <p className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-200">
              Step {model.progress.step} of about {model.progress.of}
            </p>
          ) : null}
          <PageHeading
            className="text-3xl font-bold tracking-tight text-balance"
            preventScroll={embed}
          >
            {step.title}
          </PageHeading>
          {step.lead ? (
            <p className="mt-4 text-lg text-slate-800 dark:text-slate-100">
              <MarkdownInline nodes={step.lead} now={model.now} />
            </p>
          ) : null}
          {step.body.length ? (
            <div className="mt-6">
              <MarkdownBody
                nodes={step.body}
                figures={model.figures}
                sources={model.sources}
                now={model.now}
              />
            </div>
          ) : null}
          {model.choices.length ? (
            <ChoiceList choices={model.choices} question={step.title} scroll={!embed} />
          ) : null}
          {live ? (
            <LiveProbePanel
              config={live.config}
              flow={model.flowId}
              binding={live.binding}
              panel={probePanel(live.binding.reader)}
              asks={step.live}
              hrefs={model.liveHrefs}
              index={model.trail.length}
              siteHref={model.shareHref}
            />
          ) : null}
          <SourceList sources={step.sources} className="mt-8" />
        </article>
        <aside className="space-y-4">
          <AnswerTrail
            flow={model.flowId}
            trail={model.trail}
            agent={model.agent}
            pasteRule={model.paste?.rule ?? null}
          />
          <nav aria-label="Step navigation" className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
            {model.previousHref ? (
              <Link href={model.previousHref} prefetch={false} className={linkClass}>
                ← Previous step
              </Link>
            ) : null}
            <Link href={model.startHref} prefetch={false} className={linkClass}>
              Start over
            </Link>
            {embed ? (
              <a href={model.shareHref} target="_blank" rel="noopener" className={linkClass}>
                Open in a new tab
              </a>
            ) : (
              <>
                <Link href={model.mapHref} prefetch={false} className={linkClass}>
                  Map of this guide
                </Link>
                <Link href="/" className={linkClass}>
                  All guides
                </Link>
              </>
            )}
          </nav>
          <section aria-label="Share" className="space-y-2">
            <CopyButton label="Copy link" path={model.shareHref} />
            <CopyButton label="Copy summary" path={model.shareHref} summary={summary} />
            <p className="text-sm">
              <Link href={model.agentToggleHref} prefetch={false} className={linkClass}>
                {model.agent ? "Leave the agent view" : "Agent view"}
              </Link>
            </p>
          </section>
          {embed ? null : (
            <details className="rounded-lg border border-slate-200 bg-white p-4">
              <summary className="cursor-pointer font-medium">Paste an error</summary>
              <div className="mt-3">
                <PasteBox />
              </div>
            </details>
          )}
        </aside>
      </div>
      {model.map && !embed ? (
        <section aria-labelledby="agent-map" className="mt-10 print:hidden">
          <h2 id="agent-map" className="mb-3 text-xl font-semibold">
            Map of this guide (agent view)
          </h2>
          <FlowMap model={model.map} title={`Map of ${model.flowTitle}`} />
        </section>
      ) : null}
      <PrintSummary summary={summary} />
    </>
  );
}
