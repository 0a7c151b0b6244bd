import type { Nodes, RootContent } from "mdast";
import { isCountdownDate } from "../countdown";
import type { Problem } from "../markdown/front-matter";

/** Links may only point to https pages, mail addresses or our own paths. */
export function isSafeHref(href: string): boolean {
  return /^(https:\/\/|mailto:|\/(?!\/))/.test(href);
}

export const NOTE_TONES = ["info", "warning"] as const;

export type Known = { figures: ReadonlySet<string>; sources: ReadonlySet<string> };

/**
 * What a step body may hold: Markdown without raw HTML or images, safe links only, `::figure{#id}`
 * of this flow's figures and `:::info` / `:::warning` notes with a title. Problems name the line.
 */
export function checkBody(
  nodes: readonly RootContent[],
  known: Known,
  file: string,
  bodyLine: number,
): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Nodes, message: string) =>
    problems.push({ file, line: bodyLine + (node.position?.start.line ?? 1) - 1, message });

  const visit = (node: Nodes) => {
    switch (node.type) {
      case "html":
        at(node, "raw HTML is not allowed: write Markdown");
        return;
      case "image":
      case "imageReference":
        at(node, "images go in as figures: ::figure{#id}, with the figure in figures.yaml");
        return;
      case "link":
      case "definition":
        if (!isSafeHref(node.url))
          at(node, `unsafe link "${node.url}": use https://, mailto: or a path of this site`);
        break;
      case "textDirective":
        if (node.name !== "countdown")
          at(node, `":${node.name}" reads as a directive: write "\\:${node.name}" for a colon`);
        else if (!isCountdownDate(node.attributes?.to ?? ""))
          at(node, ':countdown needs to="YYYY-MM-DDTHH:MM:SSZ", the moment it counts down to');
        return;
      case "leafDirective": {
        const id = node.attributes?.id ?? "";
        if (node.name !== "figure") at(node, `unknown directive "::${node.name}"`);
        else if (!known.figures.has(id))
          at(node, `figure "${id}" is not in this flow's figures.yaml`);
        return;
      }
      case "containerDirective": {
        const title = node.attributes?.title;
        const sources = node.attributes?.sources ?? "";
        if (!(NOTE_TONES as readonly string[]).includes(node.name))
          at(node, `unknown directive ":::${node.name}": use :::info or :::warning`);
        if (!title?.trim()) at(node, `a :::${node.name} note needs a title="…"`);
        for (const id of sources.split(/\s+/).filter(Boolean))
          if (!known.sources.has(id)) at(node, `source "${id}" is not in this flow's sources.yaml`);
        break;
      }
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  for (const node of nodes) visit(node);
  return problems;
}
