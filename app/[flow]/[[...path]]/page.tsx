import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { StepView } from "@/components/step-view";
import { getFlow } from "@/content/registry";
import { serverNow } from "@/lib/clock";
import { decodeSegments, noticeHref, readNotice } from "@/lib/flow-url";
import { isAnswerId, replay } from "@/lib/replay";
import { stepModel } from "@/lib/step-model";

type Props = PageProps<"/[flow]/[[...path]]">;

async function resolveStep(props: Props) {
  const { flow: flowId, path } = await props.params;
  const flow = getFlow(flowId);
  if (!flow) notFound();
  // Date-bound branches read the clock, so each request renders afresh.
  await connection();
  const result = replay(flow.machine, decodeSegments(path), { now: serverNow() });
  return { flow, result };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { flow, result } = await resolveStep(props);
  return { title: `${flow.content.steps[result.stateId]?.title ?? ""} · ${flow.content.title}` };
}

export default async function StepPage(props: Props) {
  const { flow, result } = await resolveStep(props);
  if (result.dropped.length) {
    redirect(
      noticeHref(
        flow.id,
        result.trail.map((t) => t.answer),
        result.dropped,
        isAnswerId,
      ),
    );
  }
  const notice = readNotice(await props.searchParams, isAnswerId);
  return (
    <StepView model={stepModel(flow, result)} figures={flow.content.figures} notice={notice} />
  );
}
