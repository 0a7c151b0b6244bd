/** For a link made with an older version of the guide: what changed since. */
export function VersionNote({
  note,
}: {
  note: { from: number; changes: { version: number; summary: string }[] };
}) {
  return (
    <div
      role="status"
      className="mb-6 rounded-md border-l-4 border-sky-500 bg-sky-50 p-4 text-sky-950"
    >
      <p className="font-semibold">This link was made with version {note.from} of the guide</p>
      <ul className="mt-1 list-disc pl-6">
        {note.changes.map((change) => (
          <li key={change.version}>
            Version {change.version}: {change.summary}
          </li>
        ))}
      </ul>
      <p className="mt-1">
        The answers that still fit were kept; the guide asks again where needed.
      </p>
    </div>
  );
}
