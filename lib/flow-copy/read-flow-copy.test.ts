import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMachine } from "xstate";
import { describeProblem } from "../markdown/front-matter";
import { checkCopy } from "./check-copy";
import { readFlowCopy } from "./read-flow-copy";

/** A two-step flow: `ask` takes yes or no, both end at `done`. */
const machine = createMachine({
  id: "fixture",
  initial: "ask",
  states: {
    ask: { on: { "answer.yes": "done", "answer.no": "done" } },
    done: { type: "final", tags: ["resolved"] },
  },
});

const files: Record<string, string> = {
  "content/fixture/flow.yaml": `title: A fixture
symptom: Something fails
fixes: Makes it work.
keywords: [fixture]
changes:
  - { version: 1, date: 2026-11-29, summary: First version. }
`,
  "content/fixture/sources.yaml": `docs:\n  title: "Docs: the page"\n  url: https://docs.example.test/page\n  verified: 2026-11-29\n`,
  "content/fixture/figures.yaml": `screen:\n  file: screen.svg\n  width: 10\n  height: 10\n  alt: A drawing of the settings page with the switch\n  caption: Illustration of a page (2026).\n`,
  "public/illustrations/fixture/screen.svg": `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>`,
  "content/fixture/steps/ask.md": `---
title: Does it work?
topic: Works
lead: Open **Settings**, then look.
choices:
  yes: { label: "Yes" }
  no: { label: "No", hint: "See [the docs](https://docs.example.test/page)." }
sources: [docs]
---

::figure{#screen}

:::warning{title="Careful" sources="docs"}
Read it *first*.
:::
`,
  "content/fixture/steps/done.md": `---\ntitle: Done\n---\n`,
};

let root = "";
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const problems = () => {
  const { copy, problems, files } = readFlowCopy(root, "fixture");
  return [...problems, ...checkCopy(root, machine, copy, files)].map(describeProblem);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "guidepath-copy-"));
  for (const [path, text] of Object.entries(files)) write(path, text);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("reading a flow's folder", () => {
  it("reads a guide that fits its machine, with no problems", () => {
    expect(problems()).toEqual([]);
    const { copy } = readFlowCopy(root, "fixture");
    expect(copy.steps.ask?.leadText).toBe("Open Settings, then look.");
    expect(copy.steps.ask?.sources).toEqual([
      { title: "Docs: the page", url: "https://docs.example.test/page", verified: "2026-11-29" },
    ]);
    expect(copy.figures.screen?.src).toBe("/illustrations/fixture/screen.svg");
  });

  it("names a state without a step file, and a file without a state", () => {
    rmSync(join(root, "content/fixture/steps/done.md"));
    write("content/fixture/steps/gone.md", "---\ntitle: Gone\n---\n");
    expect(problems()).toEqual([
      'content/fixture/steps/done.md:1: state "done" has no step file: create it',
      'content/fixture/steps/gone.md:1: no state "gone" in machines/fixture.ts: rename or delete this file',
    ]);
  });

  it("names a choice that is not an answer of its state, and an answer without a choice, by line", () => {
    write(
      "content/fixture/steps/ask.md",
      files["content/fixture/steps/ask.md"]!.replace(
        '  no: { label: "No", hint',
        '  nope: { label: "No", hint',
      ),
    );
    expect(problems()).toEqual([
      'content/fixture/steps/ask.md:5: state "ask" takes the answer "no": add it under choices',
      'content/fixture/steps/ask.md:7: choice "nope" is not an answer of state "ask" (it takes: yes, no)',
    ]);
  });

  it("names a missing figure, a figure without alt text and a missing picture file", () => {
    write("content/fixture/steps/done.md", "---\ntitle: Done\n---\n\n::figure{#nowhere}\n");
    write(
      "content/fixture/figures.yaml",
      "screen:\n  file: other.svg\n  width: 10\n  height: 10\n  alt: short\n  caption: x\n",
    );
    expect(problems()).toEqual([
      "content/fixture/figures.yaml:5: screen.alt: alt text must describe the picture (20 characters or more)",
      'content/fixture/steps/ask.md:11: figure "screen" is not in this flow\'s figures.yaml',
      'content/fixture/steps/done.md:5: figure "nowhere" is not in this flow\'s figures.yaml',
    ]);
  });

  it("refuses raw HTML, images, unsafe links, unknown directives and stray colons, by line", () => {
    write(
      "content/fixture/steps/done.md",
      [
        "---",
        "title: Done",
        "lead: Click <b>here</b>.",
        "---",
        "",
        "<script>alert(1)</script>",
        "",
        "![x](https://example.test/x.png)",
        "",
        "[bad](javascript:alert(1)) and [plain](http://example.test)",
        "",
        "::video{#x}",
        "",
        "Step 1:click here",
        "",
      ].join("\n"),
    );
    expect(problems()).toEqual([
      "content/fixture/steps/done.md:6: raw HTML is not allowed: write Markdown",
      "content/fixture/steps/done.md:8: images go in as figures: ::figure{#id}, with the figure in figures.yaml",
      'content/fixture/steps/done.md:10: unsafe link "javascript:alert(1)": use https://, mailto: or a path of this site',
      'content/fixture/steps/done.md:10: unsafe link "http://example.test": use https://, mailto: or a path of this site',
      'content/fixture/steps/done.md:12: unknown directive "::video"',
      'content/fixture/steps/done.md:14: ":click" reads as a directive: write "\\:click" for a colon',
      "content/fixture/steps/done.md:3: raw HTML is not allowed: write Markdown",
      "content/fixture/steps/done.md:3: raw HTML is not allowed: write Markdown",
    ]);
  });

  it("takes a countdown to a full UTC date-time, and names one without", () => {
    write(
      "content/fixture/steps/done.md",
      '---\ntitle: Done\nlead: Ends 1 December (:countdown{to="2026-12-01T00:00:00Z"}).\n---\n\nSoon :countdown{to="1 December"}.\n',
    );
    expect(problems()).toEqual([
      'content/fixture/steps/done.md:6: :countdown needs to="YYYY-MM-DDTHH:MM:SSZ", the moment it counts down to',
    ]);
  });

  it("names front matter that does not fit, and sources that do not exist", () => {
    write(
      "content/fixture/steps/done.md",
      "---\ntitle: Done\ncolour: blue\nsources: [docs, nowhere]\n---\n",
    );
    expect(problems()).toEqual(['content/fixture/steps/done.md:3: unknown key "colour"']);
    write("content/fixture/steps/done.md", "---\ntitle: Done\nsources: [docs, nowhere]\n---\n");
    expect(problems()).toEqual([
      'content/fixture/steps/done.md:3: source "nowhere" is not in this flow\'s sources.yaml',
    ]);
  });
});
