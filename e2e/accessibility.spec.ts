import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { flows } from "@/content/registry";
import { pathPerState } from "@/lib/flow-paths";
import { expect, test, urlOf } from "./fixtures";
import { defaultServer, servers } from "./servers";

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

test("404 page has no axe violations", async ({ page }) => {
  await page.goto("/no-such-guide");
  await expectNoViolations(page);
});

test("a step with a replay notice has no axe violations", async ({ page }) => {
  await page.goto(`${defaultServer.baseURL}/${flows[0]!.id}/not-an-answer`);
  await expect(page.getByRole("status")).toBeVisible();
  await expectNoViolations(page);
});

// One test per flow and clock, visiting every state that clock can reach.
for (const flow of flows) {
  for (const server of servers) {
    test(`every step of ${flow.id} has no axe violations, ${server.name}`, async ({ page }) => {
      for (const path of pathPerState(flow.machine, { now: server.now })) {
        await page.goto(urlOf(server.baseURL, flow, path.answers));
        await expect(page.locator("article")).toHaveAttribute(
          "data-step",
          path.states.at(-1) as string,
        );
        await test.step(path.states.at(-1) as string, () => expectNoViolations(page));
      }
    });
  }
}
