import { test as base, expect, type Page } from "@playwright/test";
import type { Flow } from "@/lib/content-types";
import { flowHref } from "@/lib/flow-url";

type Fixtures = { serverErrors: string[] };

/** Every test fails if any response is a 5xx or the page throws. */
export const test = base.extend<Fixtures>({
  serverErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("response", (response) => {
        if (response.status() >= 500) errors.push(`${response.status()} ${response.url()}`);
      });
      page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
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
