import type { Metadata } from "next";
import { headers } from "next/headers";
import { EmbedMessenger } from "@/components/embed-messenger";
import { StepView } from "@/components/step-view";
import { loadStep } from "@/app/_step/load-step";

export const metadata: Metadata = { title: "Guidepath" };

/** A flow for help centers' frames: no site chrome, links stay in the frame, theme from the URL. */
export default async function EmbedStepPage(props: PageProps<"/embed/[flow]/[[...path]]">) {
  const model = await loadStep(props, "embed");
  const theme = model.embed ?? { dark: false, accent: null };
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <div className={`gp-embed p-4 ${theme.dark ? "dark bg-slate-950 text-slate-100" : "bg-white"}`}>
      {theme.accent ? (
        <style
          nonce={nonce}
        >{`.gp-embed{--color-accent:#${theme.accent};--color-accent-strong:#${theme.accent}}`}</style>
      ) : null}
      <main>
        <StepView model={model} />
      </main>
      <EmbedMessenger flow={model.flowId} step={model.stateId} outcome={model.outcome} />
    </div>
  );
}
