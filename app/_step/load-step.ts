import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getFlow } from "@/content/registry";
import { serverNow } from "@/lib/clock";
import { decodeSegments, droppedParams, readNotice } from "@/lib/flow-url";
import { type LinkState, readAgent, readLive, stateHref } from "@/lib/link-state";
import { liveConfig } from "@/lib/live/config";
import { probeFor } from "@/lib/live/probes";
import { readProvenance } from "@/lib/provenance";
import { isAnswerId, replay } from "@/lib/replay";
import { changesSince, readVersion } from "@/lib/versions";
import { findRule } from "@/lib/triage/rules";

type Search = Record<string, string | string[] | undefined>;
export type StepRequest = {
  params: Promise<{ flow: string; path?: string[] }>;
  searchParams: Promise<Search>;
};

/**
 * Everything a step URL says, checked: the flow (else 404), the answers replayed (answers that do
 * not fit are dropped with a notice), the link version, paste provenance and the agent view.
 */
export async function loadStep(
  request: StepRequest,
  base: "" | "/embed",
  keep: (search: Search) => Record<string, string> = () => ({}),
) {
  const { flow: flowId, path } = await request.params;
  const flow = getFlow(flowId);
  if (!flow) notFound();
  // Date-bound branches read the clock, so each request renders afresh.
  await connection();
  const result = replay(flow.machine, decodeSegments(path), { now: serverNow() });
  const search = await request.searchParams;
  const answers = result.trail.map((t) => t.answer);
  const linkVersion = readVersion(search, flow.version);
  // Only a rule of this very flow can claim answers on it.
  const paste = readProvenance(search, (id) => findRule(id)?.flow === flow.id, answers.length);
  const links: LinkState = {
    base,
    paste,
    live: readLive(search, answers.length),
    agent: readAgent(search),
    keep: keep(search),
  };

  if (result.dropped.length) {
    const extra = droppedParams(result.dropped, isAnswerId);
    if (linkVersion !== null) extra.v = String(linkVersion);
    redirect(stateHref(flow.id, answers, links, extra));
  }

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
  const config = liveConfig();
  return {
    flow,
    result,
    search,
    live: config && probeFor(flow.id, result.stateId) ? config : null,
    links,
    notice: readNotice(search, isAnswerId),
    pasteNote,
    versionNote:
      linkVersion !== null ? { from: linkVersion, changes: changesSince(flow, linkVersion) } : null,
  };
}
