import type { Metadata } from "next";
import { StepView } from "@/components/step-view";
import { getFlow } from "@/content/registry";
import { mapModel } from "@/lib/map-model";
import { stepModel } from "@/lib/step-model";
import { loadStep } from "../../../_step/load-step";

type Props = PageProps<"/[flow]/[[...path]]">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const flow = getFlow((await props.params).flow);
  return { title: flow?.content.title ?? "Guide" };
}

export default async function StepPage(props: Props) {
  const step = await loadStep(props, "");
  return (
    <StepView
      model={stepModel(step.flow, step.result, step.links)}
      figures={step.flow.content.figures}
      notice={step.notice}
      pasteNote={step.pasteNote}
      versionNote={step.versionNote}
      live={step.live}
      map={step.links.agent ? mapModel(step.flow, step.result) : null}
    />
  );
}
