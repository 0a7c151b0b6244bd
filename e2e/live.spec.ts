import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { flows } from "@/content/flows";
import { answers, expect, heading, labelOf, stepCopy, test } from "./fixtures";
import { servers } from "./servers";

const oauth = flows.find((f) => f.id === "oauth-401")!;
const mail = flows.find((f) => f.id === "jira-mail-oauth")!;
const pat = flows.find((f) => f.id === "pat-not-authorized")!;

// Sign-ins and the final search of the servers' output run in order.
test.describe.configure({ mode: "serial" });

const panel = (page: Page) =>
  page.getByRole("region", { name: "Answer from your organization's settings" });

async function read(page: Page, label: RegExp, value: string) {
  await panel(page).getByRole("textbox", { name: label }).fill(value);
  await panel(page).getByRole("button", { name: "Read it" }).click();
}

async function signIn(page: Page) {
  await panel(page).getByRole("button", { name: "Sign in with Microsoft" }).click();
  await expect(panel(page).getByText("Signed in as alice@contoso.test")).toBeVisible({
    timeout: 20_000,
  });
}

test("signs in for real and answers oauth-401 from the organization's settings, with evidence", async ({
  page,
}) => {
  await page.goto("/oauth-401/oauth");
  await read(page, /Azure DevOps organization/, "contoso");
  await expect(page).toHaveURL("/oauth-401/oauth/entra?live=1");
  await expect(heading(page)).toHaveText(stepCopy(oauth, "oauthPolicy").title);
  const trail = page.getByRole("region", { name: "Your answers so far" });
  await expect(trail.getByText("read from the organization's settings")).toHaveCount(1);
  await expect(trail).toContainText(
    "Directory: a Microsoft Entra ID tenant (from Azure DevOps connection data of contoso",
  );

  await signIn(page);
  await expect(page).toHaveURL("/oauth-401/oauth/entra?live=1");
  await expect(panel(page).getByRole("textbox", { name: /Azure DevOps organization/ })).toHaveValue(
    "contoso",
  );
  await panel(page).getByRole("button", { name: "Read it" }).click();
  await expect(page).toHaveURL("/oauth-401/oauth/entra/already-on?live=1.2");
  await expect(heading(page)).toHaveText(stepCopy(oauth, "conditionalAccess").title);
  await panel(page).getByRole("button", { name: "Read it" }).click();
  await expect(page).toHaveURL("/oauth-401/oauth/entra/already-on/turned-off?live=1.2.3");
  await expect(heading(page)).toHaveText(stepCopy(oauth, "reconnectAfterPolicy").title);
  await expect(trail.getByText("read from the organization's settings")).toHaveCount(3);
  await expect(trail).toContainText("Third-party application access via OAuth: On");

  // Override a live answer: change it, answer it yourself.
  await trail.getByRole("link", { name: /Change answer 3/ }).click();
  await expect(page).toHaveURL("/oauth-401/oauth/entra?live=1");
  await answers(page)
    .getByRole("link", { name: labelOf(oauth, "oauthPolicy", "was-off"), exact: true })
    .click();
  await expect(heading(page)).toHaveText(stepCopy(oauth, "reconnect").title);
  await expect(trail.getByText("read from the organization's settings")).toHaveCount(1);
});

test("reads the tenant's cloud from its public OpenID configuration", async ({ page }) => {
  await page.goto("/jira-mail-oauth/set-up/jira-8-22-or-later/imap-pop");
  await read(page, /Microsoft 365 domain/, "gov.test");
  await expect(page).toHaveURL(
    "/jira-mail-oauth/set-up/jira-8-22-or-later/imap-pop/us-government?live=3",
  );
  await expect(heading(page)).toHaveText(stepCopy(mail, "registerApp").title);
  await expect(page.getByRole("region", { name: "Your answers so far" })).toContainText(
    "Cloud: US Government (DODCON)",
  );
});

test("reads the person's own token for pat-not-authorized: organization, scopes and status at once", async ({
  page,
}) => {
  await page.goto("/pat-not-authorized/services/not-authorized");
  await signIn(page);
  await read(page, /Azure DevOps organization/, "contoso");
  await expect(page).toHaveURL(
    "/pat-not-authorized/services/not-authorized/all-organizations?live=2",
  );
  await expect(heading(page)).toHaveText(stepCopy(pat, "tokenLooksRight").title);
  const trail = page.getByRole("region", { name: "Your answers so far" });
  await expect(trail).toContainText(
    "Status, organization and scopes: All accessible organizations (a global token, retired on 1 December 2026), Full access, active until 2027-06-01",
  );
  await expect(trail).toContainText("your token “jira-git-integration” in contoso");
  await expect(trail.getByText("read from the organization's settings")).toHaveCount(1);

  // Override the read: answer the token's row yourself.
  await trail.getByRole("link", { name: /Change answer 3/ }).click();
  await expect(heading(page)).toHaveText(stepCopy(pat, "tokenOrganization").title);
  await answers(page)
    .getByRole("link", { name: labelOf(pat, "tokenOrganization", "no-code-scope"), exact: true })
    .click();
  await expect(heading(page)).toHaveText(stepCopy(pat, "addCodeScope").title);
  await expect(trail.getByText("read from the organization's settings")).toHaveCount(0);
});

// The first problem the row shows wins: a dead token before its organization, which is why the
// revoked token (made for one organization) reads as revoked.
for (const [organization, answer] of [
  ["pat-one-org", "one-organization"],
  ["pat-expired", "expired-or-revoked"],
  ["pat-revoked", "expired-or-revoked"],
] as const) {
  test(`a token that is ${answer} (organization ${organization}) is read as such`, async ({
    page,
  }) => {
    const path = "/pat-not-authorized/services/not-authorized";
    await page.goto(path);
    await signIn(page);
    await read(page, /Azure DevOps organization/, organization);
    await expect(page).toHaveURL(`${path}/${answer}?live=2`);
  });
}

test("checks the Jira mail app registration and its admin consent in Microsoft Graph", async ({
  page,
}) => {
  const base = "/jira-mail-oauth/set-up/jira-8-22-or-later/imap-pop/commercial";
  await page.goto(base);
  await signIn(page);
  await read(page, /Application \(client\) ID/, "6a1f0c2e-0000-4000-8000-000000000001");
  await expect(page).toHaveURL(`${base}/registered?live=4`);
  await read(page, /Application \(client\) ID/, "6a1f0c2e-0000-4000-8000-000000000001");
  await expect(page).toHaveURL(`${base}/registered/added?live=4.5`);
  await expect(page.getByRole("region", { name: "Your answers so far" })).toContainText(
    "Delegated permissions: IMAP.AccessAsUser.All, POP.AccessAsUser.All, offline_access, User.Read",
  );
  await page.goto(`${base}/registered/added?live=4`);
  await read(page, /Application \(client\) ID/, "6a1f0c2e-0000-4000-8000-000000000001");
  await expect(page).toHaveURL(`${base}/registered/added/granted?live=4.6`);
  await expect(heading(page)).toHaveText(stepCopy(mail, "finishMailSetup").title);
  const trail = page.getByRole("region", { name: "Your answers so far" });
  await expect(trail).toContainText("Admin consent: granted for the organization");

  // Override the consent answer: an administrator still has to grant it.
  await trail.getByRole("link", { name: /Change answer 7/ }).click();
  await answers(page)
    .getByRole("link", { name: labelOf(mail, "adminConsent", "no-admin"), exact: true })
    .click();
  await expect(heading(page)).toHaveText(stepCopy(mail, "consentHandoff").title);
  await expect(trail.getByText("read from the organization's settings")).toHaveCount(1);
});

test("reads an expired client secret in a repair, and says so when the secret is valid", async ({
  page,
}) => {
  await page.goto("/jira-mail-oauth/repair");
  await signIn(page);
  await read(page, /Application \(client\) ID/, "6a1f0c2e-0000-4000-8000-000000000006");
  await expect(page).toHaveURL("/jira-mail-oauth/repair/secret-expired?live=1");
  await expect(heading(page)).toHaveText(stepCopy(mail, "secretExpired").title);
  await expect(page.getByRole("region", { name: "Your answers so far" })).toContainText(
    "Client secrets: all expired, the last on 2026-09-30",
  );
  await page.goto("/jira-mail-oauth/repair");
  await read(page, /Application \(client\) ID/, "6a1f0c2e-0000-4000-8000-000000000001");
  await expect(panel(page).getByRole("status")).toContainText(
    "Secret ID is 3c1e9a0b-0000-4000-8000-00000000beef",
  );
  await expect(page).toHaveURL("/jira-mail-oauth/repair");
});

test("an expired sign-in is explained, and the wizard asks instead", async ({ page }) => {
  await page.goto("/oauth-401/oauth/entra");
  await signIn(page);
  // Drop the tokens MSAL holds, as when they expire and cannot be refreshed.
  const dropped = await page.evaluate(() => {
    const keys = Object.keys(sessionStorage).filter((k) => /accesstoken|refreshtoken/i.test(k));
    keys.forEach((k) => sessionStorage.removeItem(k));
    return keys.length;
  });
  expect(dropped).toBeGreaterThan(0);
  await page.reload();
  await read(page, /Azure DevOps organization/, "contoso");
  // MSAL first tries to renew silently in a hidden frame; the provider refuses without a session.
  await expect(panel(page).getByRole("status")).toContainText("Please answer yourself", {
    timeout: 20_000,
  });
  await expect(panel(page).getByRole("status")).toContainText(
    "sign-in has expired or needs consent",
  );
  expect(new URL(page.url()).pathname).toBe("/oauth-401/oauth/entra");
});

const faults: {
  name: string;
  path: string;
  input: [RegExp, string];
  signIn: boolean;
  says: RegExp;
}[] = [
  {
    name: "policy off",
    path: "/oauth-401/oauth/entra",
    input: [/organization/, "policy-off"],
    signIn: true,
    says: /Third-party application access via OAuth is Off in policy-off/,
  },
  {
    name: "conditional access on",
    path: "/oauth-401/oauth/entra/already-on",
    input: [/organization/, "ca-on"],
    signIn: true,
    says: /still On in ca-on/,
  },
  {
    name: "403",
    path: "/oauth-401/oauth/entra",
    input: [/organization/, "forbidden"],
    signIn: true,
    says: /You may not read the policies of forbidden \(HTTP 403\)/,
  },
  {
    name: "401",
    path: "/oauth-401/oauth/entra",
    input: [/organization/, "unauthorized"],
    signIn: true,
    says: /You may not read the policies of unauthorized \(HTTP 401\)/,
  },
  {
    name: "slow response",
    path: "/oauth-401/oauth/entra",
    input: [/organization/, "slow"],
    signIn: true,
    says: /took too long/,
  },
  {
    name: "unknown organization",
    path: "/oauth-401/oauth",
    input: [/organization/, "nosuchorg"],
    signIn: false,
    says: /was not found/,
  },
  {
    name: "no CORS headers",
    path: "/jira-mail-oauth/set-up/jira-8-22-or-later/imap-pop",
    input: [/domain/, "nocors.test"],
    signIn: false,
    says: /blocked \(network or CORS\)/,
  },
  {
    name: "slow tenant",
    path: "/jira-mail-oauth/set-up/jira-8-22-or-later/imap-pop",
    input: [/domain/, "slow.test"],
    signIn: false,
    says: /took too long/,
  },
  {
    name: "no token named after Jira",
    path: "/pat-not-authorized/services/not-authorized",
    input: [/organization/, "pat-none"],
    signIn: true,
    says: /None of your tokens in pat-none is named after Jira or Git/,
  },
  {
    name: "several tokens named after Jira",
    path: "/pat-not-authorized/services/not-authorized",
    input: [/organization/, "pat-two"],
    signIn: true,
    says: /Several of your tokens in pat-two/,
  },
  {
    name: "app registered single-tenant with an SPA redirect",
    path: "/jira-mail-oauth/set-up/jira-8-22-or-later/imap-pop/commercial",
    input: [/Application/, "6a1f0c2e-0000-4000-8000-000000000002"],
    signIn: true,
    says: /AzureADMyOrg.*single-page application, not Web/,
  },
  {
    name: "no admin consent",
    path: "/jira-mail-oauth/set-up/jira-8-22-or-later/imap-pop/commercial/registered/added",
    input: [/Application/, "6a1f0c2e-0000-4000-8000-000000000003"],
    signIn: true,
    says: /No administrator has granted consent/,
  },
  {
    name: "Graph refuses (403)",
    path: "/jira-mail-oauth/set-up/jira-8-22-or-later/imap-pop/commercial",
    input: [/Application/, "6a1f0c2e-0000-4000-8000-000000000004"],
    signIn: true,
    says: /You may not read the app registration \(HTTP 403\)/,
  },
  {
    name: "Graph without CORS headers",
    path: "/jira-mail-oauth/set-up/jira-8-22-or-later/imap-pop/commercial",
    input: [/Application/, "6a1f0c2e-0000-4000-8000-000000000005"],
    signIn: true,
    says: /blocked \(network or CORS\)/,
  },
  {
    name: "app without offline_access",
    path: "/jira-mail-oauth/set-up/jira-8-22-or-later/imap-pop/commercial/registered",
    input: [/Application/, "6a1f0c2e-0000-4000-8000-000000000007"],
    signIn: true,
    says: /lacks the delegated permission offline_access for IMAP or POP/,
  },
  {
    name: "input that is not a domain",
    path: "/jira-mail-oauth/set-up/jira-8-22-or-later/imap-pop",
    input: [/domain/, "not a domain!"],
    signIn: false,
    says: /does not look like one/,
  },
];

for (const fault of faults) {
  test(`fault “${fault.name}”: the wizard asks instead, says why, and keeps the path`, async ({
    page,
  }) => {
    await page.goto(fault.path);
    const before = await heading(page).textContent();
    if (fault.signIn) await signIn(page);
    await read(page, ...fault.input);
    await expect(panel(page).getByRole("status")).toContainText(fault.says);
    await expect(panel(page).getByRole("status")).toContainText("Please answer yourself");
    expect(new URL(page.url()).pathname).toBe(fault.path);
    await expect(heading(page)).toHaveText(before!);
    await expect(answers(page).getByRole("link").first()).toBeVisible();
  });
}

test("the proxy forwards only its fixed Azure DevOps routes", async ({ request }) => {
  const ok = await request.get("/api/live/ado/contoso/connection-data");
  expect(ok.status()).toBe(200);
  expect((await ok.json()).headers["x-vss-resourcetenant"]).toMatch(/^[0-9a-f-]{36}$/);
  for (const path of [
    "/api/live/ado/contoso/tokens",
    "/api/live/ado/contoso/__proto__",
    "/api/live/ado/a%2F..%2Fb/policies",
    "/api/live/ado/evil.test@x/policies",
  ]) {
    expect((await request.get(path)).status(), path).toBe(400);
  }
  expect(
    (await request.get(`${servers[1]!.baseURL}/api/live/ado/contoso/connection-data`)).status(),
  ).toBe(404);
});

test("without configuration, live mode is hidden and nothing else changes", async ({ page }) => {
  await page.goto(`${servers[1]!.baseURL}/oauth-401/oauth`);
  await expect(heading(page)).toHaveText(stepCopy(oauth, "directory").title);
  await expect(panel(page)).toHaveCount(0);
});

test("no token appears in the servers' output", () => {
  const output = ["server-3100.log", "server-3101.log", "mock-tenant.log"]
    .map((f) => readFileSync(`.ci-out/${f}`, "utf8"))
    .join("\n");
  expect(output.length).toBeGreaterThan(0);
  expect(output).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
  expect(output).not.toMatch(/Bearer\s+\S{10,}/i);
});
