import type { Metadata } from "next";
import { StepView } from "@/components/step-view";
import { getFlow } from "@/content/flows";
import { loadStep } from "@/app/_step/load-step";

type Props = PageProps<"/[flow]/[[...path]]">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const flow = getFlow((await props.params).flow);
  return { title: flow?.content.title ?? "Guide" };
}

export default async function StepPage(props: Props) {
  return <StepView model={await loadStep(props, "site")} />;
}
