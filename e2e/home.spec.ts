import { flows } from "@/content/flows";
import { flowHref } from "@/lib/step-url";
import { expect, heading, test } from "./fixtures";

test("the home page lists every guide by the symptom a person sees", async ({ page }) => {
  await page.goto("/");
  await expect(heading(page)).toHaveText("What do you see?");
  for (const flow of flows) {
    await expect(page.getByRole("link", { name: flow.content.symptom })).toHaveAttribute(
      "href",
      // A card may link past the questions it already answers (the flow's start).
      flowHref(flow.id, flow.start ?? []),
    );
  }
});

for (const [query, flowId] of [
  ["AADSTS7000215", "jira-mail-oauth"],
  ["OAuth connection error", "oauth-401"],
  ["profiles/me", "pat-not-authorized"],
] as const) {
  test(`searching “${query}” finds ${flowId} first`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: /Search the guides/ }).fill(query);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(`/?q=${encodeURIComponent(query).replace(/%20/g, "+")}`);
    const results = page.getByRole("region", { name: /match/ });
    const flow = flows.find((f) => f.id === flowId)!;
    await expect(results.getByRole("listitem").first()).toContainText(flow.content.symptom);
    await expect(results.getByRole("listitem").first()).toContainText("Matched:");
    await results.getByRole("link", { name: flow.content.symptom }).click();
    await expect(page).toHaveURL(flowHref(flowId, flow.start ?? []));
  });
}

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });
  test("search still works", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: /Search the guides/ }).fill("AADSTS7000215");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(
      page.getByRole("heading", { name: /1 guide matches “AADSTS7000215”/ }),
    ).toBeVisible();
  });
});

test("no match says so, keeps the words and shows every symptom", async ({ page }) => {
  await page.goto("/?q=printer+on+fire");
  await expect(
    page.getByRole("heading", { name: "No guide matches “printer on fire”" }),
  ).toBeVisible();
  await expect(page.getByRole("searchbox", { name: /Search the guides/ })).toHaveValue(
    "printer on fire",
  );
  await expect(page.getByRole("region", { name: "Symptoms" }).getByRole("listitem")).toHaveCount(
    flows.length,
  );
});

test("markup in a search is shown as text, never rendered", async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
  await expect(page.getByRole("heading", { name: /No guide matches/ })).toContainText("<img src=x");
  await expect(page.locator("img[src=x]")).toHaveCount(0);
});
