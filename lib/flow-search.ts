import type { Flow } from "./content-types";
import { stepText } from "./step-text";

export type SearchHit = {
  flow: Flow;
  score: number;
  /** The query words found, each with where: the guide's description or the title of a step. */
  matches: { word: string; where: string }[];
};

export const MAX_QUERY_LENGTH = 200;

const normalize = (text: string) => text.toLowerCase().replace(/[“”"]/g, "").replace(/\s+/g, " ");

/** Words of a query: letters, digits and the punctuation error codes and hosts use. */
export function queryWords(query: string): string[] {
  const words =
    normalize(query.slice(0, MAX_QUERY_LENGTH)).match(/[\p{L}\p{N}][\p{L}\p{N}._/:-]*/gu) ?? [];
  return [...new Set(words.map((w) => w.replace(/[.:/-]+$/, "")))].filter((w) => w.length > 1);
}

type Indexed = { flow: Flow; about: string; steps: { title: string; text: string }[] };

function indexFlow(flow: Flow): Indexed {
  const { title, symptom, fixes, keywords } = flow.content;
  return {
    flow,
    about: normalize([title, symptom, fixes, ...keywords].join("\n")),
    steps: Object.values(flow.content.steps).map((step) => ({
      title: step.title,
      text: normalize(stepText(step, flow.content.figures)),
    })),
  };
}

/**
 * Flows whose words contain every word of the query, best first. A word in a guide's own
 * description counts more than one in a step; the whole query as a phrase counts most.
 */
export function searchFlows(flows: readonly Flow[], query: string): SearchHit[] {
  const words = queryWords(query);
  if (!words.length) return [];
  const phrase = normalize(query.trim().slice(0, MAX_QUERY_LENGTH));
  const hits: SearchHit[] = [];
  for (const entry of flows.map(indexFlow)) {
    let score = 0;
    const matches: SearchHit["matches"] = [];
    for (const word of words) {
      if (entry.about.includes(word)) {
        score += 3;
        matches.push({ word, where: "the guide's description" });
        continue;
      }
      const step = entry.steps.find((s) => s.text.includes(word));
      if (!step) {
        score = 0;
        break;
      }
      score += 1;
      matches.push({ word, where: `the step “${step.title}”` });
    }
    if (!score) continue;
    if (
      words.length > 1 &&
      (entry.about.includes(phrase) || entry.steps.some((s) => s.text.includes(phrase)))
    )
      score += 5;
    hits.push({ flow: entry.flow, score, matches });
  }
  return hits.sort((a, b) => b.score - a.score);
}
