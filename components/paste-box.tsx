"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { rememberMatchedLines } from "./paste-memory";

type Status =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "matched"; removed: number }
  | { kind: "none"; removed: number }
  | { kind: "failed" };

function removedNote(removed: number): string {
  if (!removed) return "";
  return ` We removed ${removed === 1 ? "one secret" : `${removed} secrets`} from the text before matching it.`;
}

/**
 * Paste an error, land on its step. Matching runs here in the browser; the rules and machines load
 * only when asked. The box then holds the redacted text: a pasted secret never leaves it.
 */
export function PasteBox() {
  const id = useId();
  const router = useRouter();
  const [text, setText] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    setStatus({ kind: "working" });
    try {
      const [{ locate }, { triageFlows }] = await Promise.all([
        import("@/lib/triage/locate"),
        import("@/content/triage-index"),
      ]);
      const located = locate(text, triageFlows, Date.now());
      setText(located.redacted);
      if (located.href) {
        rememberMatchedLines(
          located.redacted,
          located.matches.map((m) => m.text),
        );
        setStatus({ kind: "matched", removed: located.redactions.length });
        router.push(located.href);
      } else setStatus({ kind: "none", removed: located.redactions.length });
    } catch {
      setStatus({ kind: "failed" });
    }
  }

  return (
    <form onSubmit={onSubmit} className="no-print space-y-2" aria-describedby={`${id}-status`}>
      <label htmlFor={`${id}-text`} className="block font-medium">
        Paste the error or log lines you see
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={4}
        spellCheck={false}
        placeholder="for example: Unauthorized (401) …/_apis/profile/profiles/me"
        className="focus-visible:border-accent focus-visible:outline-accent w-full rounded-md border-2 border-slate-400 bg-white p-2 font-mono text-sm focus-visible:outline-3 focus-visible:outline-offset-2"
      />
      <button
        type="submit"
        disabled={status.kind === "working"}
        className="bg-accent hover:bg-accent-strong focus-visible:outline-accent rounded-md px-4 py-2 font-semibold text-white focus-visible:outline-3 focus-visible:outline-offset-2 disabled:opacity-70"
      >
        Find the right step
      </button>
      <p id={`${id}-status`} role="status" className="text-sm text-slate-700">
        {status.kind === "working" && "Matching…"}
        {status.kind === "matched" &&
          `Found it: opening the step your error points to.${removedNote(status.removed)}`}
        {status.kind === "none" && (
          <>
            No guide matches this text.{removedNote(status.removed)} It stays in the box; pick the
            closest symptom from{" "}
            <Link href="/#symptoms" className="text-accent underline underline-offset-2">
              the list of guides
            </Link>
            .
          </>
        )}
        {status.kind === "failed" &&
          "Matching failed to load. Check your connection and try again; your text is still here."}
      </p>
      <noscript>
        <p className="text-sm text-slate-700">
          Matching a pasted error needs JavaScript. Pick a symptom from the list instead.
        </p>
      </noscript>
    </form>
  );
}
