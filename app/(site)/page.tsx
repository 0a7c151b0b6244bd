import Link from "next/link";
import { FlowList } from "@/components/flow-list";
import { FlowSearchForm } from "@/components/flow-search-form";
import { PasteBox } from "@/components/paste-box";
import { PageHeading } from "@/components/page-heading";
import { flows } from "@/content/flows";
import { MAX_QUERY_LENGTH, searchFlows } from "@/lib/flow-search";

export default async function HomePage(props: PageProps<"/">) {
  const raw = (await props.searchParams).q;
  const query = (typeof raw === "string" ? raw : "").slice(0, MAX_QUERY_LENGTH).trim();
  const hits = query ? searchFlows(flows, query) : [];
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading className="text-3xl font-bold tracking-tight">What do you see?</PageHeading>
      <p className="mt-3 text-lg text-slate-700">
        Pick the problem that matches yours. Each guide asks one question at a time and ends at the
        fix, or at a summary to hand to support. Every step has its own link, so you can come back
        or share it.
      </p>
      <section
        aria-labelledby="paste-heading"
        className="mt-6 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="paste-heading" className="text-xl font-semibold">
          Start from your error
        </h2>
        <p className="mt-1 mb-3 text-slate-700">
          Paste the message or the log lines: Guidepath finds the guide and skips the questions the
          error answers. It runs in your browser, and removes tokens and secrets first.
        </p>
        <PasteBox />
      </section>
      <div className="mt-6">
        <FlowSearchForm query={query} />
      </div>
      {query ? (
        <section aria-labelledby="results" className="mt-8">
          <h2 id="results" className="text-xl font-semibold" aria-live="polite">
            {hits.length
              ? `${hits.length} ${hits.length === 1 ? "guide matches" : "guides match"} “${query}”`
              : `No guide matches “${query}”`}
          </h2>
          {hits.length ? (
            <div className="mt-3">
              <FlowList
                flows={hits.map((h) => h.flow)}
                headingLevel={3}
                matches={new Map(hits.map((h) => [h.flow.id, h.matches]))}
              />
            </div>
          ) : (
            <p className="mt-2 text-slate-700">
              Try fewer words, or pick the symptom that comes closest below.
            </p>
          )}
          <p className="mt-4">
            <Link href="/" className="text-accent underline underline-offset-2">
              Clear the search
            </Link>
          </p>
        </section>
      ) : null}
      {!query || !hits.length ? (
        <section aria-labelledby="symptoms" className="mt-8">
          <h2 id="symptoms" className="text-xl font-semibold">
            Symptoms
          </h2>
          <div className="mt-3">
            <FlowList flows={flows} headingLevel={3} />
          </div>
        </section>
      ) : null}
    </div>
  );
}
