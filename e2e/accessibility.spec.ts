import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { flows } from "@/content/flows";
import { pathPerState } from "@/lib/flow-paths";
import { expect, test, urlOf } from "./fixtures";
import { defaultServer, serversFor } from "./servers";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

test("home page has no axe violations", async ({ page }) => {
  await page.goto("/");
  await expectNoViolations(page);
});

test("home page with search results has no axe violations", async ({ page }) => {
  await page.goto("/?q=OAuth");
  await expect(page.getByRole("heading", { name: /match/ })).toBeVisible();
  await expectNoViolations(page);
});

test("404 page has no axe violations", async ({ page }) => {
  await page.goto("/no-such-guide");
  await expectNoViolations(page);
});

test("a step with a replay notice has no axe violations", async ({ page }) => {
  await page.goto(`${defaultServer.baseURL}/${flows[0]!.id}/not-an-answer`);
  await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toBeVisible();
  await expectNoViolations(page);
});

// Every state each clock can reach, one test each.
for (const flow of flows) {
  for (const server of serversFor(flow)) {
    test.describe(`${flow.id}, ${server.name}`, () => {
      for (const path of pathPerState(flow.machine, { now: server.now })) {
        const stateId = path.states.at(-1) as string;
        test(`step ${stateId} has no axe violations and reflows at 320 px`, async ({ page }) => {
          await page.goto(urlOf(server.baseURL, flow, path.answers));
          await expect(page.locator("article")).toHaveAttribute("data-step", stateId);
          await expectNoViolations(page);
          // WCAG 1.4.10: no sideways scrolling of the page at 320 CSS px; wide logs scroll inside.
          await page.setViewportSize({ width: 320, height: 800 });
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
          ).toBeLessThanOrEqual(320);
        });
      }
    });
  }
}
