import { PhraseIndex } from "./phrase-index";
import { type Redaction, redact } from "./redact";
import { type Rule, rules as allRules } from "./rules";

export type TriageMatch = { rule: string; flow: string; signature: number; text: string };

export type TriageResult = {
  flow: string | null;
  /** The answers the winning rule implies, before replay trims any the flow no longer takes. */
  path: string[];
  /** Every rule that fired, the winner first. */
  matches: TriageMatch[];
  redacted: string;
  redactions: Redaction[];
};

type Compiled = { index: PhraseIndex; signatureIds: number[][]; contextIds: (number[] | null)[] };

function compile(rules: readonly Rule[]): Compiled {
  const phrases: string[] = [];
  const idOf = new Map<string, number>();
  const intern = (text: string) => {
    const key = text.toLowerCase();
    let id = idOf.get(key);
    if (id === undefined) idOf.set(key, (id = phrases.push(key) - 1));
    return id;
  };
  return {
    signatureIds: rules.map((rule) => rule.signatures.map(intern)),
    contextIds: rules.map((rule) => rule.context?.map(intern) ?? null),
    index: new PhraseIndex(phrases),
  };
}

let compiled: { rules: readonly Rule[]; value: Compiled } | null = null;

function compiledFor(rules: readonly Rule[]): Compiled {
  if (compiled?.rules !== rules) compiled = { rules, value: compile(rules) };
  return compiled.value;
}

/**
 * Redacts the text, then finds every rule whose signature (and, for shared codes, context) is in
 * it, in one linear pass. The heaviest rule picks the flow; a tie goes to the more specific one.
 */
export function triage(input: string, rules: readonly Rule[] = allRules): TriageResult {
  const { text, redactions } = redact(input);
  const { index, signatureIds, contextIds } = compiledFor(rules);
  const hits = index.firstHits(text);

  const fired: { rule: Rule; order: number; match: TriageMatch }[] = [];
  rules.forEach((rule, order) => {
    const signature = signatureIds[order]!.findIndex((id) => hits.has(id));
    if (signature === -1) return;
    const context = contextIds[order];
    if (context && !context.some((id) => hits.has(id))) return;
    const phraseId = signatureIds[order]![signature]!;
    const end = hits.get(phraseId)!;
    const length = index.phrases[phraseId]!.length;
    fired.push({
      rule,
      order,
      match: { rule: rule.id, flow: rule.flow, signature, text: text.slice(end - length, end) },
    });
  });
  fired.sort(
    (a, b) =>
      b.rule.weight - a.rule.weight ||
      b.rule.answers.length - a.rule.answers.length ||
      a.order - b.order,
  );
  const winner = fired[0]?.rule;
  return {
    flow: winner?.flow ?? null,
    path: winner ? [...winner.answers] : [],
    matches: fired.map((f) => f.match),
    redacted: text,
    redactions,
  };
}
