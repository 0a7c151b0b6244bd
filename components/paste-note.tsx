import type { PasteNote as PasteNoteModel } from "@/lib/step-model";

/** Which words of the pasted error matched which rule, and which questions that answered. */
export function PasteNote({ note }: { note: PasteNoteModel }) {
  return (
    <div className="mb-6 rounded-md border-l-4 border-violet-500 bg-violet-50 p-4 text-violet-950">
      <p className="font-semibold">Your pasted error brought you here</p>
      <p className="mt-1">
        It contains <code className="rounded bg-violet-100 px-1 font-mono">{note.words}</code>,
        which matches rule <code className="rounded bg-violet-100 px-1 font-mono">{note.rule}</code>
        . {note.count === 1 ? "The first question was" : `The first ${note.count} questions were`}{" "}
        answered from it: they are marked in your answers, and you can change any of them.
      </p>
      <p className="mt-1 text-sm">Rule source: {note.source}</p>
    </div>
  );
}
