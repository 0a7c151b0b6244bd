/**
 * Removes secrets from pasted text before it is shown, matched, stored or summarized. Every
 * scanner here is linear: token runs are found once, left to right, and each check on a run or
 * after a keyword looks at a bounded stretch of text, so no input can make it backtrack.
 */
export type SecretKind =
  | "Azure DevOps personal access token"
  | "Entra client secret"
  | "JSON Web Token"
  | "bearer token"
  | "Basic credentials"
  | "password in a URL"
  | "credentials after -u"
  | "secret value";

export type Redaction = { kind: SecretKind; start: number; end: number };

export const marker = (kind: SecretKind) => `[REDACTED ${kind}]`;

const MAX_VALUE = 4096;
const RUN = /[A-Za-z0-9._~-]+/g;

const PAT_CLASSIC = /^[a-z2-7]{52}$/;
const PAT_NEW = /^[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}$/;
const ENTRA_SECRET = /^[A-Za-z0-9_~.-]{3}8Q~[A-Za-z0-9_~.-]{31,34}$/;
const JWT = /^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

function classifyRun(run: string): SecretKind | null {
  if (run.length === 52 && PAT_CLASSIC.test(run)) return "Azure DevOps personal access token";
  if (run.length === 84 && PAT_NEW.test(run)) return "Azure DevOps personal access token";
  if (run.length >= 37 && run.length <= 40 && ENTRA_SECRET.test(run)) return "Entra client secret";
  if (run.startsWith("eyJ") && run.length <= 3 * MAX_VALUE && JWT.test(run))
    return "JSON Web Token";
  return null;
}

const DELIMITERS = new Set([..." \t\r\n\"'`,;<>)]}"].map((c) => c.charCodeAt(0)));

/**
 * For every position, the index of the next delimiter, '@', '/' and ':' at or after it: one
 * backward pass, so each later question about a value costs O(1) however the text repeats.
 */
function nextIndexes(text: string) {
  const n = text.length;
  const delim = new Int32Array(n + 1);
  const at = new Int32Array(n + 1);
  const slash = new Int32Array(n + 1);
  const colon = new Int32Array(n + 1);
  delim[n] = at[n] = slash[n] = colon[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    delim[i] = DELIMITERS.has(c) ? i : (delim[i + 1] as number);
    at[i] = c === 64 ? i : (at[i + 1] as number);
    slash[i] = c === 47 ? i : (slash[i + 1] as number);
    colon[i] = c === 58 ? i : (colon[i + 1] as number);
  }
  return { delim, at, slash, colon };
}

type Next = ReturnType<typeof nextIndexes>;

/** End of a value that starts at `from`: the first delimiter, at most MAX_VALUE characters on. */
function valueEnd(next: Next, from: number): number {
  return Math.min(next.delim[from] as number, from + MAX_VALUE);
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BEARER = /^[A-Za-z0-9._~+/-]+=*$/;

function findAll(lower: string, needle: string, visit: (index: number) => void) {
  for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + needle.length))
    visit(i);
}

function skipSpaces(text: string, i: number, max = 8): number {
  const limit = Math.min(text.length, i + max);
  while (i < limit && (text[i] === " " || text[i] === "\t")) i++;
  return i;
}

/** Secrets named by what precedes them: `Bearer x`, `Basic x`, `-u user:x`, `password=x`, URL userinfo. */
function contextual(text: string, lower: string, next: Next, add: (r: Redaction) => void) {
  findAll(lower, "bearer ", (i) => {
    const start = skipSpaces(text, i + 7);
    const end = valueEnd(next, start);
    if (end - start >= 16 && BEARER.test(text.slice(start, end)))
      add({ kind: "bearer token", start, end });
  });
  findAll(lower, "basic ", (i) => {
    const start = skipSpaces(text, i + 6);
    const end = valueEnd(next, start);
    const value = text.slice(start, end);
    if (value.length >= 16 && BASE64.test(value) && /[0-9+/=]/.test(value))
      add({ kind: "Basic credentials", start, end });
  });
  for (const flag of [" -u ", " --user ", "\t-u "]) {
    findAll(lower, flag, (i) => {
      const start = skipSpaces(text, i + flag.length);
      const end = valueEnd(next, start);
      const colon = next.colon[start] as number;
      if (colon < end - 1) add({ kind: "credentials after -u", start: colon + 1, end });
    });
  }
  findAll(lower, "://", (i) => {
    const from = i + 3;
    const end = Math.min(valueEnd(next, from), from + 512);
    const at = next.at[from] as number;
    if (at >= end || (next.slash[from] as number) < at) return;
    const colon = next.colon[from] as number;
    if (colon < at - 1) add({ kind: "password in a URL", start: colon + 1, end: at });
  });
  for (const key of [
    "password",
    "passwd",
    "client_secret",
    "clientsecret",
    "client secret",
    "access_token",
    "refresh_token",
    "id_token",
    "secret",
  ]) {
    findAll(lower, key, (i) => {
      let j = i + key.length;
      if (j < text.length && /[A-Za-z0-9_]/.test(text[j] as string)) return;
      if (text[j] === '"' || text[j] === "'") j++;
      j = skipSpaces(text, j);
      if (text[j] !== ":" && text[j] !== "=") return;
      j = skipSpaces(text, j + 1);
      if (text[j] === '"' || text[j] === "'") j++;
      const end = valueEnd(next, j);
      if (end - j >= 6) add({ kind: "secret value", start: j, end });
    });
  }
}

/** The text with every secret replaced by a marker that says what was removed. */
export function redact(text: string): { text: string; redactions: Redaction[] } {
  const found: Redaction[] = [];
  for (const match of text.matchAll(RUN)) {
    const kind = classifyRun(match[0]);
    if (kind) found.push({ kind, start: match.index, end: match.index + match[0].length });
  }
  contextual(text, text.toLowerCase(), nextIndexes(text), (r) => found.push(r));
  if (!found.length) return { text, redactions: [] };

  // Overlaps merge into the earliest, widest redaction; one pass over sorted spans.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Redaction[] = [];
  for (const r of found) {
    const last = kept.at(-1);
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else kept.push({ ...r });
  }
  let out = "";
  let at = 0;
  for (const r of kept) {
    out += text.slice(at, r.start) + marker(r.kind);
    at = r.end;
  }
  return { text: out + text.slice(at), redactions: kept };
}
