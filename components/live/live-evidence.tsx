"use client";

import { useSyncExternalStore } from "react";
import type { Evidence } from "@/lib/live/result";
import { evidenceKey } from "./evidence-store";

const noSubscription = () => () => {};

/** What a live read saw, from this tab's memory: it names the organization, so no URL holds it. */
export function LiveEvidence({ flow, index }: { flow: string; index: number }) {
  const raw = useSyncExternalStore(
    noSubscription,
    () => sessionStorage.getItem(evidenceKey(flow, index)),
    () => null,
  );
  let evidence: Evidence | null = null;
  try {
    evidence = raw ? (JSON.parse(raw) as Evidence) : null;
  } catch {
    evidence = null;
  }
  if (!evidence) return null;
  return (
    <span className="mt-0.5 block text-xs text-slate-700 dark:text-slate-300">
      {evidence.read}: {evidence.value} (from {evidence.from},{" "}
      {evidence.at.slice(0, 16).replace("T", " ")} UTC)
    </span>
  );
}
