import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { StepView } from "@/components/step-view";
import { getFlow } from "@/content/registry";
import { serverNow } from "@/lib/clock";
import { decodeSegments, noticeHref, readNotice } from "@/lib/flow-url";
import { isAnswerId, replay } from "@/lib/replay";
import { readProvenance } from "@/lib/provenance";
import { stepModel } from "@/lib/step-model";
import { findRule } from "@/lib/triage/rules";

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
  const search = await props.searchParams;
  const notice = readNotice(search, isAnswerId);
  // Only a rule of this very flow can claim answers on it.
  const paste = readProvenance(search, (id) => findRule(id)?.flow === flow.id, result.trail.length);
  const rule = paste && findRule(paste.rule);
  const pasteNote =
    paste && rule
      ? {
          rule: rule.id,
          words: rule.signatures[paste.signature] ?? rule.signatures[0] ?? "",
          source: rule.source,
          count: paste.count,
        }
      : null;
  return (
    <StepView
      model={stepModel(flow, result, paste)}
      figures={flow.content.figures}
      notice={notice}
      pasteNote={pasteNote}
    />
  );
}
