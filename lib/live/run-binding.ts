import type { BindingOf, ProbeBinding } from "./binding";
import { fitsInput } from "./inputs";
import type { ReaderContext } from "./reader-context";
import { type ReaderId, readerCatalog } from "./reader-catalog";
import { readers } from "./readers";
import { type Evidence, type Result, fail } from "./result";

/** A question answered from the tenant, with what was read, or why the person is asked instead. */
export type ProbeOutcome = Result<{ answer: string; evidence: Evidence }>;

/** What the step says to do for a finding that answers nothing; `{input}` is what was typed. */
export type Asks = Readonly<Record<string, string>>;

async function answer<R extends ReaderId>(
  binding: BindingOf<R, string>,
  ctx: ReaderContext,
  asks: Asks,
): Promise<ProbeOutcome> {
  const read = await readers[binding.reader](ctx, binding.params);
  if (!read.ok) return read;
  const meant = binding.answers[read.finding];
  if (typeof meant === "string") return { ok: true, answer: meant, evidence: read.evidence };
  const ask = asks[read.finding] ?? `${read.evidence.read}: ${read.evidence.value}.`;
  return fail("needs-action", ask.replaceAll("{input}", ctx.input));
}

/** Runs a binding's reader and says what its finding answers. */
export async function runBinding(
  binding: ProbeBinding<string>,
  ctx: ReaderContext,
  asks: Asks = {},
): Promise<ProbeOutcome> {
  // Readers put the input into URLs and filters: only input of the documented shape goes out.
  if (!fitsInput(readerCatalog[binding.reader].input, ctx.input))
    return fail(
      "not-found",
      "That input does not have the shape this read needs: nothing was sent.",
    );
  return answer(binding, ctx, asks);
}
