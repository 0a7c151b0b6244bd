import { PhraseIndex } from "./phrase-index";
import { type Redaction, redact } from "./redact";
import type { FlowRules, RuleDefinition } from "./rule-types";

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

type FlowRule = { flow: string; rule: RuleDefinition<string> };

type Compiled = {
  rules: FlowRule[];
  index: PhraseIndex;
  signatureIds: number[][];
  contextIds: (number[] | null)[];
};

function compile(flows: readonly FlowRules[]): Compiled {
  const rules = flows.flatMap((flow) => flow.rules.map((rule) => ({ flow: flow.id, rule })));
  const phrases: string[] = [];
  const idOf = new Map<string, number>();
  const intern = (text: string) => {
    const key = text.toLowerCase();
    let id = idOf.get(key);
    if (id === undefined) idOf.set(key, (id = phrases.push(key) - 1));
    return id;
  };
  return {
    rules,
    signatureIds: rules.map(({ rule }) => rule.signatures.map(intern)),
    contextIds: rules.map(({ rule }) => rule.context?.map(intern) ?? null),
    index: new PhraseIndex(phrases),
  };
}

// Callers hold one list of flows for good, so its index is built once, on the first paste.
const compiled = new WeakMap<readonly FlowRules[], Compiled>();

function compiledFor(flows: readonly FlowRules[]): Compiled {
  let value = compiled.get(flows);
  if (!value) compiled.set(flows, (value = compile(flows)));
  return value;
}

/**
 * Redacts the text, then finds every rule whose signature (and, for shared codes, context) is in
 * it, in one linear pass. The heaviest rule picks the flow; a tie goes to the more specific one,
 * then to the one listed first.
 */
export function triage(input: string, flows: readonly FlowRules[]): TriageResult {
  const { text, redactions } = redact(input);
  const { rules, index, signatureIds, contextIds } = compiledFor(flows);
  const hits = index.firstHits(text);

  const fired: { rule: RuleDefinition<string>; order: number; match: TriageMatch }[] = [];
  rules.forEach(({ flow, rule }, order) => {
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
      match: { rule: rule.id, flow, signature, text: text.slice(end - length, end) },
    });
  });
  fired.sort(
    (a, b) =>
      b.rule.weight - a.rule.weight ||
      b.rule.answers.length - a.rule.answers.length ||
      a.order - b.order,
  );
  const winner = fired[0];
  return {
    flow: winner?.match.flow ?? null,
    path: winner ? [...winner.rule.answers] : [],
    matches: fired.map((f) => f.match),
    redacted: text,
    redactions,
  };
}
