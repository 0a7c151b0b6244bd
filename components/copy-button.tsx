"use client";

import { useState } from "react";
import { type Summary, summaryMarkdown } from "@/lib/summary";
import { recallMatchedLines } from "./paste-memory";

type Props = {
  label: string;
  /** Path of the step to share; the page's origin is put in front when copying. */
  path: string;
  /** Copy this summary, with the link and the matched error lines, instead of the bare link. */
  summary?: Summary;
};

async function writeClipboard(text: string) {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  const area = document.createElement("textarea");
  area.value = text;
  document.body.append(area);
  area.select();
  document.execCommand("copy");
  area.remove();
}

/** Copies the share link, or a summary that contains it, and says so where screen readers hear it. */
export function CopyButton({ label, path, summary }: Props) {
  const [status, setStatus] = useState("");

  async function copy() {
    const origin = window.location.origin;
    const text = summary
      ? summaryMarkdown(summary, { origin, errorLines: recallMatchedLines() })
      : `${origin}${path}`;
    try {
      await writeClipboard(text);
      setStatus("Copied");
    } catch {
      setStatus("Copying was blocked by the browser");
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="hover:border-accent focus-visible:outline-accent rounded-md border-2 border-slate-300 bg-white px-3 py-1.5 text-sm font-medium focus-visible:outline-3 focus-visible:outline-offset-2 dark:border-slate-600 dark:bg-slate-800"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {status}
      </span>
    </span>
  );
}
