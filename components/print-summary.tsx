import type { Summary } from "@/lib/summary";

/** The summary as a page: what prints instead of the interactive step. */
export function PrintSummary({ summary }: { summary: Summary }) {
  return (
    <section aria-label="Printable summary" className="hidden text-sm print:block">
      <p className="font-semibold">{summary.heading}</p>
      <h2 className="mt-2 text-xl font-bold">
        {summary.stepTitle} ({summary.status})
      </h2>
      {summary.next ? (
        <p className="mt-2">
          <strong>{summary.next.label}:</strong> {summary.next.text}
        </p>
      ) : null}
      <table className="mt-4 w-full border-collapse text-left">
        <thead>
          <tr>
            <th className="border-b py-1 pr-2">#</th>
            <th className="border-b py-1 pr-2">Question</th>
            <th className="border-b py-1 pr-2">Answer</th>
            <th className="border-b py-1">How we know</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row, i) => (
            <tr key={i}>
              <td className="border-b py-1 pr-2 align-top">{i + 1}</td>
              <td className="border-b py-1 pr-2 align-top">{row.question}</td>
              <td className="border-b py-1 pr-2 align-top">{row.answer}</td>
              <td className="border-b py-1 align-top">{row.from}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.matched ? (
        <p className="mt-4">
          Matched error: <code>{summary.matched.words}</code> (rule {summary.matched.rule})
        </p>
      ) : null}
      <p className="mt-4 break-all">Link: {summary.path}</p>
    </section>
  );
}
