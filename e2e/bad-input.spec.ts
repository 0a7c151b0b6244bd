import { flows } from "@/content/flows";
import { flowHref } from "@/lib/step-url";
import { expect, heading, stepCopy, test, urlOf } from "./fixtures";
import { defaultServer } from "./servers";

const flow = flows.find((f) => f.id === "pat-not-authorized")!;
const base = defaultServer.baseURL;

test("an unknown answer shows the first step with a notice of what was dropped", async ({
  page,
}) => {
  await page.goto(`${base}/${flow.id}/garbage`);
  await expect(page).toHaveURL(`${base}/${flow.id}?dropped=1&first=garbage`);
  await expect(heading(page)).toHaveText(stepCopy(flow, "hosting").title);
  await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toContainText(
    "One answer in your link could not be used, starting with garbage",
  );
});

test("a valid prefix followed by unknown answers keeps the prefix", async ({ page }) => {
  await page.goto(`${base}/${flow.id}/services/not-authorized/no-such-answer/created`);
  await expect(page).toHaveURL(
    urlOf(base, flow, ["services", "not-authorized"]) + "?dropped=2&first=no-such-answer",
  );
  await expect(heading(page)).toHaveText(stepCopy(flow, "tokenOrganization").title);
  await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toContainText(
    "2 answers in your link could not be used",
  );
  await expect(
    page.getByRole("region", { name: "Your answers so far" }).getByRole("listitem"),
  ).toHaveCount(2);
});

test("text that is not an answer id is dropped without being echoed", async ({ page }) => {
  const secretLike = "x".repeat(52);
  await page.goto(`${base}/${flow.id}/services/${secretLike}`);
  await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toBeVisible();
  expect(page.url()).not.toContain(secretLike);
  await expect(page.locator("body")).not.toContainText(secretLike);
});

test("markup in a path is never rendered", async ({ page }) => {
  await page.goto(`${base}/${flow.id}/${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
  await expect(heading(page)).toHaveText(stepCopy(flow, "hosting").title);
  await expect(page.locator("img[src=x]")).toHaveCount(0);
});

test("a segment that does not percent-decode is dropped with the notice, not a server error", async ({
  page,
}) => {
  await page.goto(`${base}/${flow.id}/services/%E0%A4%A/created`);
  await expect(page).toHaveURL(`${base}/${flow.id}/services?dropped=2`);
  await expect(heading(page)).toHaveText(stepCopy(flow, "symptom").title);
  await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toContainText(
    "2 answers in your link could not be used",
  );
});

test("a very long path keeps what replays and drops the rest", async ({ page }) => {
  await page.goto(`${base}/${flow.id}/${Array(300).fill("services").join("/")}`);
  await expect(heading(page)).toHaveText(stepCopy(flow, "symptom").title);
  await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toContainText(
    "299 answers in your link could not be used",
  );
});

for (const path of ["/no-such-flow", "/no-such-flow/services", "/__proto__", "/constructor/x"]) {
  test(`an unknown flow is a 404 page listing the guides: ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(heading(page)).toHaveText("There is no guide at this address");
    await expect(page.getByRole("link", { name: flow.content.symptom })).toHaveAttribute(
      "href",
      flowHref(flow.id, flow.start ?? []),
    );
  });
}
