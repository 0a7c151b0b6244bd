import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import type { Figure, FlowCopy, Source, Step } from "../content-types";
import { type Problem, parseYaml, splitFrontMatter } from "../markdown/front-matter";
import { parseInlineMarkdown, parseMarkdown } from "../markdown/parse";
import { markdownText } from "../markdown/to-text";
import { type Known, checkBody } from "./check-body";
import { figuresSchema, flowMetaSchema, sourcesSchema, stepFrontSchema } from "./schemas";

type Read<T> = {
  value: T | null;
  problems: Problem[];
  lineOf: (path: readonly PropertyKey[]) => number;
};

/** YAML checked against a schema; every problem names the file and the line. */
function readYaml<T>(text: string, file: string, schema: z.ZodType<T>, firstLine = 1): Read<T> {
  const { yaml, problems } = parseYaml(text, file, firstLine);
  const { lineOf } = yaml;
  if (problems.length) return { value: null, problems, lineOf };
  const result = schema.safeParse(yaml.data ?? {});
  if (result.success) return { value: result.data, problems: [], lineOf };
  return {
    value: null,
    lineOf,
    problems: result.error.issues.map((issue) => {
      // An unknown key is best shown where it is written.
      const path =
        issue.code === "unrecognized_keys"
          ? [...issue.path, ...issue.keys.slice(0, 1)]
          : issue.path;
      const message =
        issue.code === "unrecognized_keys"
          ? `unknown key "${issue.keys.join('", "')}"`
          : `${issue.path.join(".") || "file"}: ${issue.message}`;
      return { file, line: yaml.lineOf(path), message };
    }),
  };
}

function readFile(root: string, file: string, problems: Problem[]): string | null {
  const path = join(root, file);
  if (existsSync(path)) return readFileSync(path, "utf8");
  problems.push({ file, line: 1, message: "file is missing" });
  return null;
}

/** A lead or a hint: one paragraph of inline Markdown, held to the same rules as a body. */
function inline(
  text: string | undefined,
  file: string,
  line: number,
  known: Known,
  problems: Problem[],
) {
  if (text === undefined) return undefined;
  const nodes = parseInlineMarkdown(text);
  if (!nodes) problems.push({ file, line, message: "must be one paragraph of inline Markdown" });
  else
    problems.push(
      ...checkBody([{ type: "paragraph", children: nodes }], known, file, line).map((p) => ({
        ...p,
        line,
      })),
    );
  return nodes ?? [];
}

function readStep(
  root: string,
  file: string,
  known: { figures: Record<string, Figure>; sources: Record<string, Source> },
  problems: Problem[],
): Step | null {
  const text = readFile(root, file, problems);
  if (text === null) return null;
  const split = splitFrontMatter(text);
  if (!split) {
    problems.push({ file, line: 1, message: "must start with front matter between --- lines" });
    return null;
  }
  const front = readYaml(split.front, file, stepFrontSchema, 2);
  problems.push(...front.problems);
  if (!front.value) return null;
  const { title, kind, topic, lead, choices = {}, sources = [], live = {} } = front.value;
  const { lineOf } = front;
  const body = parseMarkdown(split.body).children;
  const names = {
    figures: new Set(Object.keys(known.figures)),
    sources: new Set(Object.keys(known.sources)),
  };
  problems.push(...checkBody(body, names, file, split.bodyLine));
  const stepSources = sources.flatMap((id, i) => {
    const source = known.sources[id];
    if (!source)
      problems.push({
        file,
        line: lineOf(["sources", i]),
        message: `source "${id}" is not in this flow's sources.yaml`,
      });
    return source ? [source] : [];
  });
  const leadNodes = inline(lead, file, lineOf(["lead"]), names, problems);
  return {
    file,
    title,
    kind,
    topic,
    lead: leadNodes,
    leadText: leadNodes ? markdownText(leadNodes) : undefined,
    body,
    sources: stepSources,
    live,
    choices: Object.fromEntries(
      Object.entries(choices).map(([answer, c]) => [
        answer,
        {
          label: c.label,
          summary: c.summary,
          hint: inline(c.hint, file, lineOf(["choices", answer, "hint"]), names, problems),
        },
      ]),
    ),
  };
}

/**
 * Reads a flow's folder (`flow.yaml`, `figures.yaml`, `sources.yaml`, `steps/*.md`) under `root`.
 * Figures are served from `public/illustrations/<flow>/`. Nothing is thrown: problems are returned.
 */
export function readFlowCopy(
  root: string,
  flowId: string,
): { copy: FlowCopy; problems: Problem[]; files: string[] } {
  const dir = `content/${flowId}`;
  const problems: Problem[] = [];
  const yaml = <T>(name: string, schema: z.ZodType<T>) => {
    const file = `${dir}/${name}`;
    const text = readFile(root, file, problems);
    if (text === null) return null;
    const read = readYaml(text, file, schema);
    problems.push(...read.problems);
    return read.value;
  };
  const meta = yaml("flow.yaml", flowMetaSchema);
  const sources = yaml("sources.yaml", sourcesSchema) ?? {};
  const figures = Object.fromEntries(
    Object.entries(yaml("figures.yaml", figuresSchema) ?? {}).map(([id, { file, ...figure }]) => {
      const src = `/illustrations/${flowId}/${file}`;
      if (!existsSync(join(root, "public", src)))
        problems.push({
          file: `${dir}/figures.yaml`,
          line: 1,
          message: `figure "${id}": public${src} is missing`,
        });
      return [id, { src, ...figure }];
    }),
  );
  const stepsDir = join(root, dir, "steps");
  const files = existsSync(stepsDir)
    ? readdirSync(stepsDir)
        .filter((f) => f.endsWith(".md"))
        .sort()
    : [];
  const steps: Record<string, Step> = {};
  for (const name of files) {
    const step = readStep(root, `${dir}/steps/${name}`, { figures, sources }, problems);
    if (step) steps[name.slice(0, -3)] = step;
  }
  return {
    copy: {
      title: meta?.title ?? flowId,
      symptom: meta?.symptom ?? "",
      fixes: meta?.fixes ?? "",
      keywords: meta?.keywords ?? [],
      changes: meta?.changes ?? [],
      conditions: meta?.conditions ?? {},
      figures,
      sources,
      steps,
    },
    problems,
    files: files.map((name) => name.slice(0, -3)),
  };
}
