import type { Flow } from "./content-types";
import { readEmbedTheme } from "./embed-theme";
import { isAnswerId, replay } from "./replay";
import { type LiveStep, type StepModel, stepModel } from "./step-model";
import { type StepUrl, formatStepUrl } from "./step-url";
import { versionNote } from "./versions";

/** What the step needs to know about a paste rule: its words and where they come from. */
export type RuleInfo = { id: string; signatures: readonly string[]; source: string };

export type StepLookups = {
  /** A paste rule of this flow by id; rules of other flows are not found. */
  rule: (id: string) => RuleInfo | undefined;
  /** Live mode, when it is on and the flow binds the state to a reader. */
  live: (stateId: string) => LiveStep | null;
};

/**
 * A step URL, checked, as the step's view model: the answers replayed at `now`, and the URL to go
 * to instead when some of them do not fit (with a notice of what was dropped). Pure: the page, the
 * tests and the API share it.
 */
export function resolveStep(
  flow: Flow,
  asked: StepUrl,
  now: number,
  lookups: StepLookups,
): { redirect: string } | { model: StepModel } {
  const result = replay(flow.machine, asked.answers, { now });
  const embed = asked.view === "embed";
  const url: StepUrl = {
    ...asked,
    answers: result.trail.map((t) => t.answer),
    // Only a rule of this very flow can claim answers on it.
    paste: asked.paste && lookups.rule(asked.paste.rule) ? asked.paste : null,
    // An accent that would not keep text readable on the background is dropped from every link.
    accent: embed ? readEmbedTheme(asked).accent : null,
    dark: embed && asked.dark,
  };
  if (result.dropped.length) {
    const first = result.dropped[0] ?? "";
    const dropped = { count: result.dropped.length, first: isAnswerId(first) ? first : null };
    return { redirect: formatStepUrl({ ...url, dropped }) };
  }
  const rule = url.paste && lookups.rule(url.paste.rule);
  return {
    model: stepModel(
      flow,
      result,
      url,
      {
        paste:
          url.paste && rule
            ? {
                rule: rule.id,
                words: rule.signatures[url.paste.signature] ?? rule.signatures[0] ?? "",
                source: rule.source,
                count: url.paste.count,
              }
            : null,
        versionNote: versionNote(flow, url.version),
        live: lookups.live(result.stateId),
      },
      now,
    ),
  };
}
