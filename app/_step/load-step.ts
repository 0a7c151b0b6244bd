import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getFlow } from "@/content/flows";
import { serverNow } from "@/lib/clock";
import { liveConfig } from "@/lib/live/config";
import { resolveStep } from "@/lib/resolve-step";
import type { StepModel } from "@/lib/step-model";
import { type View, parseStepUrl } from "@/lib/step-url";
import { findRule } from "@/lib/triage/find-rule";

export type StepRequest = {
  params: Promise<{ flow: string; path?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The step a request asks for, as its view model; the site, the embed and the map load here. */
export async function loadStep(request: StepRequest, view: View): Promise<StepModel> {
  const { flow: flowId, path } = await request.params;
  const flow = getFlow(flowId);
  if (!flow) notFound();
  // Date-bound branches read the clock, so each request renders afresh.
  await connection();
  const asked = parseStepUrl(view, flow.id, path, await request.searchParams);
  const config = liveConfig();
  const step = resolveStep(flow, asked, serverNow(), {
    rule: (id) => findRule(flow, id),
    live: (stateId) => {
      const binding = flow.probes[stateId];
      return config && binding ? { config, binding } : null;
    },
  });
  if ("redirect" in step) redirect(step.redirect);
  return step.model;
}
