import { FlowList } from "@/components/flow-list";
import { PageHeading } from "@/components/page-heading";
import { flows } from "@/content/registry";

export default function HomePage() {
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading className="text-3xl font-bold tracking-tight">What do you see?</PageHeading>
      <p className="mt-3 text-lg text-slate-700">
        Pick the problem that matches yours. Each guide asks one question at a time and ends at the
        fix, or at a summary to hand to support. Every step has its own link, so you can come back
        or share it.
      </p>
      <section aria-labelledby="symptoms" className="mt-8">
        <h2 id="symptoms" className="sr-only">
          Symptoms
        </h2>
        <FlowList flows={flows} headingLevel={3} />
      </section>
    </div>
  );
}
