import type { Page } from "@playwright/test";
import { flows } from "@/content/flows";
import { FAKE_PAT } from "@/lib/triage/fakes";
import { answers, expect, heading, labelOf, stepCopy, test } from "./fixtures";

const pat = flows.find((f) => f.id === "pat-not-authorized")!;
const LOG = `Caused by: RequestException: Microsoft https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=1.0 Unauthorized (401)\ncurl -u :${FAKE_PAT} https://dev.azure.com/contoso`;

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

async function pasteAndWalk(page: Page) {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Paste the error or log lines you see" }).fill(LOG);
  await page.getByRole("button", { name: "Find the right step" }).click();
  await expect(heading(page)).toHaveText(stepCopy(pat, "tokenOrganization").title);
  for (const [state, answer] of [
    ["tokenOrganization", "one-organization"],
    ["createToken", "global"],
  ] as const) {
    await answers(page)
      .getByRole("link", { name: labelOf(pat, state, answer), exact: true })
      .click();
  }
  await expect(heading(page)).toHaveText(stepCopy(pat, "createGlobalToken").title);
}

test("a copied link opens the same step with the same answers, and carries no secret or pasted text", async ({
  page,
  browser,
}) => {
  await pasteAndWalk(page);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(
    /^http:\/\/127\.0\.0\.1:3100\/pat-not-authorized\/services\/not-authorized\/one-organization\/global\?/,
  );
  expect(link).toContain("v=2");
  for (const forbidden of [FAKE_PAT, "Unauthorized", "curl", "contoso", "profiles"])
    expect(link).not.toContain(forbidden);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(heading(other)).toHaveText(stepCopy(pat, "createGlobalToken").title);
  const trail = other.getByRole("region", { name: "Your answers so far" });
  await expect(trail.getByRole("listitem")).toHaveCount(4);
  await expect(trail.getByText("from a pasted error")).toHaveCount(2);
  await fresh.close();
});

test("the copied summary has every answer with its provenance, and no secret", async ({ page }) => {
  await pasteAndWalk(page);
  await page.getByRole("button", { name: "Copy summary" }).click();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain(
    "### Guidepath: Personal access token refused with “Not authorized” (version 2)",
  );
  expect(summary).toContain(
    "| 1 | Azure DevOps hosting | Azure DevOps Services | from a pasted error (rule profile-api-401) |",
  );
  expect(summary).toContain(
    "| 2 | Error seen | Not authorized (401 from the profile service) | from a pasted error (rule profile-api-401) |",
  );
  expect(summary).toContain(
    "| 3 | Token's row | One specific organization | answered by the person |",
  );
  expect(summary).toContain(
    "| 4 | New token | Global token (until 1 December 2026) | answered by the person |",
  );
  // The link is the page's own, absolute, with the flow version.
  const origin = new URL(page.url()).origin;
  expect(summary).toContain(
    `**Link:** ${origin}/pat-not-authorized/services/not-authorized/one-organization/global?paste=profile-api-401%7E0&n=2&v=2`,
  );
  expect(summary).toContain(
    "**Step reached:** Create a global token, paste it into Jira and connect",
  );
  expect(summary).toContain("Unauthorized (401)");
  expect(summary).not.toContain(FAKE_PAT);
});

test("the print view is one clean page", async ({ page }) => {
  await page.goto("/pat-not-authorized/services/not-authorized/one-organization/global");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("region", { name: "Printable summary" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Step navigation" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  const shot = await page.screenshot({ fullPage: true });
  expect(shot.byteLength).toBeGreaterThan(1000);
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test("a link from an older version replays what fits and says what changed", async ({ page }) => {
  await page.goto("/jira-mail-oauth/jira-8-22-or-later/imap-pop?v=1");
  await expect(page.getByText("This link was made with version 1 of the guide")).toBeVisible();
  await expect(page.getByText(/Version 2: A first question now asks/)).toBeVisible();
  await expect(page.getByText("2 answers in your link could not be used")).toBeVisible();
  const mail = flows.find((f) => f.id === "jira-mail-oauth")!;
  await expect(heading(page)).toHaveText(stepCopy(mail, "goal").title);
});

test("the agent view shows provenance, the branches not taken and the map, and stays on", async ({
  page,
}) => {
  await page.goto("/pat-not-authorized/services?paste=gij-microsoft-api-exception%7E0&n=1");
  await page.getByRole("link", { name: "Agent view" }).click();
  await expect(page).toHaveURL(/agent=1/);
  const trail = page.getByRole("region", { name: "Your answers so far" });
  await expect(trail).toContainText("from a pasted error (rule gij-microsoft-api-exception)");
  await expect(trail).toContainText("Not taken: Azure DevOps Server or TFS");
  await expect(page.getByRole("img", { name: /^Map of / })).toBeVisible();
  await answers(page)
    .getByRole("link", { name: labelOf(pat, "symptom", "not-authorized"), exact: true })
    .click();
  await expect(page).toHaveURL(/agent=1/);
  await expect(page.getByRole("region", { name: "Your answers so far" })).toContainText(
    "answered by the person",
  );
  await page.getByRole("link", { name: "Leave the agent view" }).click();
  await expect(page.getByRole("img", { name: /^Map of / })).toHaveCount(0);
});
