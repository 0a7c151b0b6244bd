import type { Metadata } from "next";
import Link from "next/link";
import { FlowMap } from "@/components/flow-map";
import { MapText } from "@/components/map-text";
import { PageHeading } from "@/components/page-heading";
import { ReplayNotice } from "@/components/replay-notice";
import { getFlow } from "@/content/flows";
import { loadStep } from "@/app/_step/load-step";

type Props = PageProps<"/map/[flow]/[[...path]]">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const flow = getFlow((await props.params).flow);
  return { title: flow ? `Map · ${flow.content.title}` : "Map" };
}

export default async function MapPage(props: Props) {
  const model = await loadStep(props, "map");
  const map = model.map!;
  return (
    <div>
      {model.notice ? <ReplayNotice notice={model.notice} /> : null}
      <p className="mb-2 text-sm font-medium text-slate-600">{model.flowTitle}</p>
      <PageHeading className="text-3xl font-bold tracking-tight">Map of this guide</PageHeading>
      <p className="mt-3 text-slate-700">
        Every question and outcome, drawn from the guide itself. Your answers so far are the blue
        path; the filled box is where you are. Boxes with a green border are fixes, amber ones hand
        over to support.
      </p>
      <p className="mt-3">
        <Link
          href={model.currentHref}
          prefetch={false}
          className="text-accent font-medium underline underline-offset-2"
        >
          ← Back to your step
        </Link>
      </p>
      <div className="mt-6">
        <FlowMap model={map} title={`Map of ${model.flowTitle}`} />
      </div>
      <section aria-labelledby="map-in-words" className="mt-8">
        <h2 id="map-in-words" className="text-xl font-semibold">
          The map in words
        </h2>
        <div className="mt-3">
          <MapText entries={map.entries} />
        </div>
      </section>
    </div>
  );
}
