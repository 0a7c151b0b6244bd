import type { Metadata } from "next";
import { headers } from "next/headers";
import { EmbedMessenger } from "@/components/embed-messenger";
import { StepView } from "@/components/step-view";
import { readEmbedTheme } from "@/lib/embed-theme";
import { stepModel } from "@/lib/step-model";
import { loadStep } from "../../../_step/load-step";

export const metadata: Metadata = { title: "Guidepath" };

/** A flow for help centers' frames: no site chrome, links stay in the frame, theme from the URL. */
export default async function EmbedStepPage(props: PageProps<"/embed/[flow]/[[...path]]">) {
  const step = await loadStep(props, "/embed", (search) => readEmbedTheme(search).params);
  const theme = readEmbedTheme(step.search);
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const model = stepModel(step.flow, step.result, step.links);
  return (
    <div className={`gp-embed p-4 ${theme.dark ? "dark bg-slate-950 text-slate-100" : "bg-white"}`}>
      {theme.accent ? (
        <style
          nonce={nonce}
        >{`.gp-embed{--color-accent:${theme.accent};--color-accent-strong:${theme.accent}}`}</style>
      ) : null}
      <main>
        <StepView
          model={model}
          figures={step.flow.content.figures}
          notice={step.notice}
          pasteNote={step.pasteNote}
          versionNote={step.versionNote}
          live={step.live}
          map={null}
          embed
        />
      </main>
      <EmbedMessenger flow={step.flow.id} step={model.stateId} outcome={model.outcome} />
    </div>
  );
}
