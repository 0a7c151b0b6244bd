import type { Metadata } from "next";
import { FlowList } from "@/components/flow-list";
import { PageHeading } from "@/components/page-heading";
import { SiteChrome } from "@/components/site-chrome";
import { flows } from "@/content/flows";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-3xl">
        <PageHeading className="text-3xl font-bold tracking-tight">
          There is no guide at this address
        </PageHeading>
        <p className="mt-3 text-lg text-slate-700">
          The link may be mistyped, or the guide may have moved. These are the guides Guidepath has:
        </p>
        <section aria-labelledby="all-guides" className="mt-6">
          <h2 id="all-guides" className="mb-3 text-xl font-semibold">
            All guides
          </h2>
          <FlowList flows={flows} headingLevel={3} />
        </section>
      </div>
    </SiteChrome>
  );
}
