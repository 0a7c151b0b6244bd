import type { Page } from "@playwright/test";
import { flows } from "@/content/flows";
import { FAKE_PAT } from "@/lib/triage/fakes";
import { expect, heading, stepCopy, test } from "./fixtures";

const pat = flows.find((f) => f.id === "pat-not-authorized")!;

const SEED_LOG = `2019-07-08 12:21:09,997 http-nio-8080-exec-436 ERROR sfj 741x4276982x1 a7oa8 192.168.143.212 /rest/gitplugin/1.0/trackedfolders/scan/4994-Bpv7dj9zmeyFAAf6 [c.b.j.g.rest.exceptionmappers.WrappedIntegrationAPIExceptionMapper] Rest API has thrown exception.
com.bigbrassband.jira.git.exceptions.external.WrappedMicrosoftAPIException: External service error
at com.bigbrassband.jira.git.services.integration.microsoft.MicrosoftApi.getRepositoriesMS(MicrosoftApi.java:134)
Caused by: com.bigbrassband.common.indexer.sources.clients.RequestException: Microsoft https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=1.0 Unauthorized (401)
at com.bigbrassband.common.indexer.sources.clients.MicrosoftClient.getUserId(MicrosoftClient.java:173)`;

async function paste(page: Page, text: string) {
  const box = page.getByRole("textbox", { name: "Paste the error or log lines you see" });
  await box.fill(text);
  await page.getByRole("button", { name: "Find the right step" }).click();
}

test("the seed-001 log lands on the step it implies, with the skipped questions marked", async ({
  page,
}) => {
  await page.goto("/");
  await paste(page, SEED_LOG);
  await expect(page).toHaveURL(
    "/pat-not-authorized/services/not-authorized?paste=profile-api-401%7E0&n=2",
  );
  await expect(heading(page)).toHaveText(stepCopy(pat, "tokenOrganization").title);
  await expect(page.getByText("Your pasted error brought you here")).toBeVisible();
  await expect(page.getByText("_apis/profile/profiles/me", { exact: true }).first()).toBeVisible();
  const trail = page.getByRole("region", { name: "Your answers so far" });
  await expect(trail.getByText("from a pasted error")).toHaveCount(2);

  // Change the second answer: the first stays marked as from the paste.
  await trail.getByRole("link", { name: /Change answer 2/ }).click();
  await expect(heading(page)).toHaveText(stepCopy(pat, "symptom").title);
  await expect(page).toHaveURL("/pat-not-authorized/services?paste=profile-api-401%7E0&n=1");
  await page
    .getByRole("link", { name: stepCopy(pat, "symptom").choices!["something-else"]!.label })
    .click();
  await expect(trail.getByText("from a pasted error")).toHaveCount(1);
});

test("a pasted PAT is in no URL, no rendered text and no storage", async ({ page }) => {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  await page.goto("/");
  await paste(
    page,
    `${SEED_LOG}\ncurl -u :${FAKE_PAT} https://dev.azure.com/contoso/_apis/projects\nAuthorization: Basic ${Buffer.from(`:${FAKE_PAT}`).toString("base64")}`,
  );
  await expect(heading(page)).toHaveText(stepCopy(pat, "tokenOrganization").title);
  expect(urls.some((url) => url.includes(FAKE_PAT))).toBe(false);
  await expect(page.locator("body")).not.toContainText(FAKE_PAT);
  const storage = await page.evaluate(() =>
    JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]),
  );
  expect(storage).not.toContain(FAKE_PAT);
  expect(await page.content()).not.toContain(FAKE_PAT);
});

test("no match says so, keeps the (redacted) text and points to the symptoms", async ({ page }) => {
  await page.goto("/");
  await paste(page, `oauth_problem=signature_invalid from the application link\ntoken=${FAKE_PAT}`);
  await expect(
    page.getByRole("status").filter({ hasText: "No guide matches this text." }),
  ).toContainText("We removed one secret");
  const box = page.getByRole("textbox", { name: "Paste the error or log lines you see" });
  await expect(box).toHaveValue(/oauth_problem=signature_invalid/);
  await expect(box).toHaveValue(/\[REDACTED Azure DevOps personal access token\]/);
  expect(await box.inputValue()).not.toContain(FAKE_PAT);
  await expect(page).toHaveURL("/");
  await page.getByRole("link", { name: "the list of guides" }).click();
  await expect(page.getByRole("heading", { name: "Symptoms" })).toBeVisible();
});

test("the paste box on a flow page routes to another flow", async ({ page }) => {
  await page.goto("/pat-not-authorized");
  await page.getByText("Paste an error").click();
  await paste(
    page,
    "Error occurred while authorizing an integration. The error message is: AADSTS7000215: Invalid client secret provided.",
  );
  await expect(page).toHaveURL("/jira-mail-oauth/repair/aadsts7000215?paste=aadsts7000215%7E0&n=2");
  const mail = flows.find((f) => f.id === "jira-mail-oauth")!;
  await expect(heading(page)).toHaveText(stepCopy(mail, "secretIdUsed").title);
});

test("provenance naming another flow's rule is ignored", async ({ page }) => {
  await page.goto("/pat-not-authorized/services?paste=aadsts7000215%7E0&n=1");
  await expect(page.getByText("Your pasted error brought you here")).toHaveCount(0);
  await expect(page.getByText("from a pasted error")).toHaveCount(0);
});
