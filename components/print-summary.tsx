import type { StepModel } from "@/lib/step-model";
import { InlineText } from "./inline-text";

/** The summary as a page: what prints instead of the interactive step. */
export function PrintSummary({ model, pasteRule }: { model: StepModel; pasteRule: string | null }) {
  return (
    <section aria-label="Printable summary" className="hidden text-sm print:block">
      <p className="font-semibold">
        Guidepath · {model.flowTitle} · version {model.version}
      </p>
      <h2 className="mt-2 text-xl font-bold">{model.step.title}</h2>
      {model.step.lead ? (
        <p className="mt-2">
          <InlineText text={model.step.lead} />
        </p>
      ) : null}
      <table className="mt-4 w-full border-collapse text-left">
        <thead>
          <tr>
            <th className="border-b py-1 pr-2">#</th>
            <th className="border-b py-1 pr-2">Question</th>
            <th className="border-b py-1 pr-2">Answer</th>
            <th className="border-b py-1">From</th>
          </tr>
        </thead>
        <tbody>
          {model.trail.map((entry, i) => (
            <tr key={entry.href}>
              <td className="border-b py-1 pr-2 align-top">{i + 1}</td>
              <td className="border-b py-1 pr-2 align-top">{entry.question}</td>
              <td className="border-b py-1 pr-2 align-top">{entry.answer}</td>
              <td className="border-b py-1 align-top">
                {entry.fromPaste && pasteRule ? `pasted error (rule ${pasteRule})` : "the person"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-4 break-all">Link: {model.shareHref}</p>
    </section>
  );
}
