import Link from "next/link";
import type { Flow } from "@/lib/content-types";
import type { SearchHit } from "@/lib/flow-search";
import { flowHref } from "@/lib/step-url";

type Props = {
  flows: readonly Flow[];
  headingLevel?: 2 | 3;
  /** With a search: which words matched where, per flow id. */
  matches?: Map<string, SearchHit["matches"]>;
};

/** Error codes and texts a guide covers, picked from its keywords: those with a digit in them. */
function errorCodes(flow: Flow): string[] {
  return flow.content.keywords.filter((k) => /\d/.test(k) && k.length < 24).slice(0, 5);
}

/** The flows, each introduced by what the person sees. */
export function FlowList({ flows, headingLevel = 2, matches }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid gap-4">
      {flows.map((flow) => {
        const found = matches?.get(flow.id);
        const codes = errorCodes(flow);
        return (
          <li key={flow.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <Heading className="text-lg font-semibold">
              <Link
                href={flowHref(flow.id, flow.start ?? [])}
                className="text-accent underline-offset-4 hover:underline"
              >
                {flow.content.symptom}
              </Link>
            </Heading>
            <p className="mt-1 text-slate-700">{flow.content.fixes}</p>
            {codes.length ? (
              <p className="mt-2 text-sm text-slate-600">
                Errors it covers:{" "}
                {codes.map((c, i) => (
                  <span key={c}>
                    {i ? ", " : ""}
                    <code className="rounded bg-slate-100 px-1 font-mono">{c}</code>
                  </span>
                ))}
              </p>
            ) : null}
            {found ? (
              <p className="mt-2 text-sm text-slate-700">
                Matched:{" "}
                {found.map((m, i) => (
                  <span key={m.word}>
                    {i ? "; " : ""}
                    <mark className="rounded bg-yellow-100 px-0.5">{m.word}</mark> in {m.where}
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
