import AxeBuilder from "@axe-core/playwright";
import { flows } from "@/content/flows";
import { completePaths, pathPerState } from "@/lib/flow-paths";
import { flowHref } from "@/lib/step-url";
import { expect, heading, stepCopy, test, urlOf } from "./fixtures";
import { serversFor } from "./servers";

for (const flow of flows) {
  for (const server of serversFor(flow)) {
    test(`the map of ${flow.id} marks every step and the path to it, ${server.name}`, async ({
      page,
    }) => {
      for (const path of pathPerState(flow.machine, { now: server.now })) {
        const stateId = path.states.at(-1) as string;
        await page.goto(`${server.baseURL}/map${flowHref(flow.id, path.answers)}`);
        const map = page.getByRole("img", { name: /^Map of / });
        await expect(map.locator("[data-node]")).toHaveCount(
          Object.keys(flow.content.steps).length,
        );
        await expect(map.locator("[data-current]")).toHaveAttribute("data-node", stateId);
        await expect(map.locator("[data-taken]")).toHaveCount(path.answers.length);
        await expect(
          page.getByRole("listitem").filter({ hasText: "(you are here)" }),
        ).toContainText(stepCopy(flow, stateId).title);
      }
    });
  }

  test(`the map of ${flow.id} on its deepest step has no axe violations`, async ({ page }) => {
    const [server] = serversFor(flow);
    const deepest = completePaths(flow.machine, { now: server!.now }).reduce((a, b) =>
      b.answers.length > a.answers.length ? b : a,
    );
    await page.goto(`${server!.baseURL}/map${flowHref(flow.id, deepest.answers)}`);
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
}

test("every step links to its map, and the map links back", async ({ page }) => {
  const flow = flows.find((f) => f.id === "oauth-401")!;
  await page.goto(urlOf("", flow, ["oauth", "entra"]));
  await page.getByRole("link", { name: "Map of this guide" }).click();
  await expect(page).toHaveURL(/\/map\/oauth-401\/oauth\/entra$/);
  await expect(heading(page)).toHaveText("Map of this guide");
  await page.getByRole("link", { name: stepCopy(flow, "authMethod").title }).click();
  await expect(heading(page)).toHaveText(stepCopy(flow, "authMethod").title);
  await page.goto(`/map${flowHref(flow.id, ["oauth", "entra"])}`);
  await page.getByRole("link", { name: "← Back to your step" }).click();
  await expect(heading(page)).toHaveText(stepCopy(flow, "oauthPolicy").title);
});

test("the agent view and the marks of a paste and a live read survive step → map → back", async ({
  page,
}) => {
  const marks = "paste=profile-api-401%7E0&n=2&live=2&agent=1";
  const step = `/pat-not-authorized/services/not-authorized/one-organization?${marks}`;
  await page.goto(step);
  await page.getByRole("link", { name: "Map of this guide", exact: true }).click();
  await expect(page).toHaveURL(`/map${step}`);
  await page.getByRole("link", { name: "← Back to your step" }).click();
  await expect(page).toHaveURL(step);
  const trail = page.getByRole("region", { name: "Your answers so far" });
  await expect(trail.getByText("from a pasted error")).toHaveCount(2);
  await expect(trail.getByText("read from the organization's settings")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Leave the agent view" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Map of / })).toBeVisible();
});

test("a map link with answers that do not fit keeps the valid prefix, with the notice", async ({
  page,
}) => {
  await page.goto("/map/oauth-401/oauth/bogus");
  await expect(page).toHaveURL(/\/map\/oauth-401\/oauth\?dropped=1&first=bogus$/);
  await expect(page.getByText("Part of this link no longer fits the guide")).toBeVisible();
  await expect(
    page.getByRole("img", { name: /^Map of / }).locator("[data-current]"),
  ).toHaveAttribute("data-node", "directory");
});
