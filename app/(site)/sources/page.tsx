import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PageHeading } from "@/components/page-heading";
import { flows } from "@/content/flows";
import { serverNow } from "@/lib/clock";
import { pathPerState } from "@/lib/flow-paths";
import { sourceIndex, staleSources } from "@/lib/source-index";
import { flowHref } from "@/lib/step-url";

export const metadata: Metadata = { title: "Sources" };

const linkClass = "text-accent wrap-anywhere underline underline-offset-2";

/** Every page the guides rely on, by guide, with when it was last checked and which steps cite it. */
export default async function SourcesPage() {
  await connection();
  const now = serverNow();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading className="text-3xl font-bold tracking-tight">Sources</PageHeading>
      <p className="mt-3 text-lg text-slate-700">
        Every external fact in a guide (a date, a setting, a scope, a host, an error text, a role)
        comes from one of these pages. Each shows the day we last checked that it still says so.
      </p>
      {flows.map((flow) => {
        const stale = new Set(staleSources(flow, now).map((entry) => entry.id));
        const steps = new Map(
          pathPerState(flow.machine, { now }).map((p) => [p.states.at(-1), p.answers]),
        );
        return (
          <section key={flow.id} aria-labelledby={`sources-${flow.id}`} className="mt-10">
            <h2 id={`sources-${flow.id}`} className="text-xl font-semibold">
              <Link href={flowHref(flow.id)} className={linkClass}>
                {flow.content.title}
              </Link>
            </h2>
            <ul className="mt-4 space-y-4">
              {sourceIndex(flow).map(({ id, source, citedBy }) => (
                <li key={id} className="rounded-lg border border-slate-200 bg-white p-4">
                  <p className="font-medium">
                    {source.url ? (
                      <a href={source.url} className={linkClass}>
                        {source.title}
                      </a>
                    ) : (
                      source.title
                    )}
                  </p>
                  <p className="mt-1 text-sm text-slate-700">
                    {source.date ? `Dated ${source.date}. ` : null}
                    {source.verified
                      ? `Checked on ${source.verified}${stale.has(id) ? ", over 90 days ago" : ""}.`
                      : "Not checked yet."}
                  </p>
                  {citedBy.length ? (
                    <p className="mt-1 text-sm text-slate-700">
                      Cited by:{" "}
                      {citedBy.map(({ stateId, title }, i) => {
                        const answers = steps.get(stateId);
                        return (
                          <span key={stateId}>
                            {i ? "; " : null}
                            {answers ? (
                              <Link
                                href={flowHref(flow.id, answers)}
                                prefetch={false}
                                className={linkClass}
                              >
                                {title}
                              </Link>
                            ) : (
                              title
                            )}
                          </span>
                        );
                      })}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
