import type { Evidence } from "@/lib/live/result";

// Evidence names tenants and organizations, so it stays in this tab's sessionStorage, never a URL.
export const evidenceKey = (flow: string, index: number) =>
  `guidepath.live.evidence.${flow}.${index}`;

export function rememberEvidence(flow: string, index: number, evidence: Evidence) {
  sessionStorage.setItem(evidenceKey(flow, index), JSON.stringify(evidence));
}
