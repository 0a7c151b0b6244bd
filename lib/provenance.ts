/**
 * Which answers came from a pasted error, carried in the URL as the rule that matched and how
 * many answers it gave. Only rule ids travel: never the pasted text.
 */
export type PasteProvenance = { rule: string; signature: number; count: number };

const RULE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads the provenance back; anything malformed, or naming an unknown rule, is ignored. */
export function readProvenance(
  search: Record<string, string | string[] | undefined>,
  isRule: (id: string) => boolean,
  answersGiven: number,
): PasteProvenance | null {
  const paste = search.paste;
  const n = search.n;
  if (typeof paste !== "string" || typeof n !== "string") return null;
  const [rule, signature] = paste.split("~");
  const count = Number.parseInt(n, 10);
  const sig = Number.parseInt(signature ?? "", 10);
  if (!rule || !RULE.test(rule) || !isRule(rule) || !Number.isInteger(sig) || sig < 0) return null;
  if (!Number.isInteger(count) || count < 1) return null;
  return { rule, signature: sig, count: Math.min(count, answersGiven) };
}
