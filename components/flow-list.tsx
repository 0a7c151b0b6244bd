import Link from "next/link";
import type { Flow } from "@/content/registry";
import { flowHref } from "@/lib/flow-url";

/** The flows, each introduced by what the person sees. */
export function FlowList({
  flows,
  headingLevel = 2,
}: {
  flows: readonly Flow[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid gap-4">
      {flows.map((flow) => (
        <li key={flow.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <Heading className="text-lg font-semibold">
            <Link
              href={flowHref(flow.id, [])}
              className="text-accent underline-offset-4 hover:underline"
            >
              {flow.content.symptom}
            </Link>
          </Heading>
          <p className="mt-1 text-slate-700">{flow.content.fixes}</p>
          <p className="mt-2 text-sm text-slate-600">Guide: {flow.content.title}</p>
        </li>
      ))}
    </ul>
  );
}
