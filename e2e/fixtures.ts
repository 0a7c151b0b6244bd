import { test as base, expect, type Page } from "@playwright/test";
import type { Flow } from "@/lib/content-types";
import { flowHref } from "@/lib/step-url";

type Fixtures = { serverErrors: string[]; expectedCspError: RegExp | null };

/** Every test fails if any response is a 5xx, the page throws, or the CSP blocks anything. */
export const test = base.extend<Fixtures>({
  /** A CSP refusal a test provokes on purpose, which then does not count as a failure. */
  expectedCspError: [null, { option: true }],
  serverErrors: [
    async ({ page, expectedCspError }, use) => {
      const errors: string[] = [];
      page.on("response", (response) => {
        if (response.status() >= 500) errors.push(`${response.status()} ${response.url()}`);
      });
      page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        const text = message.text();
        if (
          message.type() === "error" &&
          /Content Security Policy/i.test(text) &&
          !expectedCspError?.test(text)
        ) {
          errors.push(`CSP: ${text}`);
        }
      });
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export function heading(page: Page) {
  return page.getByRole("heading", { level: 1 });
}

export function answers(page: Page) {
  return page.getByRole("navigation", { name: /^Answers:/ });
}

/** The copy a state shows, looked up by the test the same way the page does. */
export function stepCopy(flow: Flow, stateId: string) {
  const step = flow.content.steps[stateId];
  if (!step) throw new Error(`no copy for ${stateId}`);
  return step;
}

export function labelOf(flow: Flow, stateId: string, answer: string): string {
  const label = stepCopy(flow, stateId).choices?.[answer]?.label;
  if (!label) throw new Error(`no label for ${stateId} → ${answer}`);
  return label;
}

export function urlOf(baseURL: string, flow: Flow, answers: readonly string[]): string {
  return `${baseURL}${flowHref(flow.id, answers)}`;
}

/**
 * The answer link whose label the content gives: its name also holds the hint under the label
 * (the whole visible text, as WCAG 2.5.3 wants), so it is found by the label's own element.
 */
export function choiceLink(page: Page, flow: Flow, stateId: string, answer: string) {
  const label = labelOf(flow, stateId, answer);
  return answers(page)
    .getByRole("link")
    .filter({ has: page.locator("[data-label]").getByText(label, { exact: true }) });
}
