import { getFlowEntry } from "@/content/registry";
import type { LiveConfig } from "@/lib/live/config";
import { probePanel } from "@/lib/live/reader-catalog";
import { LiveProbePanel } from "./live-probe-panel";

type Props = {
  config: LiveConfig;
  flow: string;
  state: string;
  /** Where to go with each possible answer, provenance included. */
  hrefs: Record<string, string>;
  /** Index the answer will have in the path: where its evidence is kept. */
  index: number;
  siteHref: string;
  /** The step's words for findings that answer nothing. */
  asks: Readonly<Record<string, string>>;
};

/**
 * The live panel of a state its flow binds to a reader. This part renders on the server: the
 * browser gets the binding and the panel's words as props, and loads reader code only on a read.
 */
export function LiveProbe({ config, flow, state, hrefs, index, siteHref, asks }: Props) {
  const binding = getFlowEntry(flow)?.probes[state];
  if (!binding) return null;
  return (
    <LiveProbePanel
      config={config}
      flow={flow}
      binding={binding}
      asks={asks}
      panel={probePanel(binding.reader)}
      hrefs={hrefs}
      index={index}
      siteHref={siteHref}
    />
  );
}
