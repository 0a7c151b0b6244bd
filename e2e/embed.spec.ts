import { createServer, type Server } from "node:http";
import AxeBuilder from "@axe-core/playwright";
import { flows } from "@/content/flows";
import { expect, labelOf, stepCopy, test } from "./fixtures";
import { defaultServer, hosts } from "./servers";

const pat = flows.find((f) => f.id === "pat-not-authorized")!;

// The host pages listen on fixed ports, so this file runs in one worker.
test.describe.configure({ mode: "serial" });

// A help center page: the one-line iframe and the resize script from the README.
function hostPage(src: string) {
  return `<!doctype html><html><head><title>Help center</title></head><body style="margin:0">
<h1>Help center</h1>
<iframe id="guidepath" src="${src}" title="Guidepath troubleshooting" style="width:100%;border:0" height="300"></iframe>
<script>
window.messages = [];
window.addEventListener("message", (event) => {
  if (event.origin !== "${defaultServer.baseURL}") return;
  window.messages.push(event.data);
  if (event.data.type === "guidepath:resize") document.getElementById("guidepath").height = event.data.height;
});
</script></body></html>`;
}

const servers: Server[] = [];
test.beforeAll(async () => {
  for (const origin of Object.values(hosts)) {
    const server = createServer((req, res) => {
      const src = `${defaultServer.baseURL}${new URL(req.url ?? "/", origin).searchParams.get("src") ?? "/embed/pat-not-authorized"}`;
      res.writeHead(200, { "content-type": "text/html" }).end(hostPage(src));
    });
    await new Promise<void>((resolve) =>
      server.listen(Number(new URL(origin).port), "127.0.0.1", resolve),
    );
    servers.push(server);
  }
});
test.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

test("an allowed help center frames a flow that resizes to its content and reports its steps", async ({
  page,
}) => {
  await page.goto(`${hosts.allowed}/`);
  const frame = page.frameLocator("#guidepath");
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(stepCopy(pat, "hosting").title);
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { messages: { type: string }[] }).messages.map((m) => m.type),
      ),
    )
    .toContain("guidepath:resize");

  const fits = async () => {
    const inner = page.frames().find((f) => f.url().includes("/embed/"))!;
    const [scroll, client] = await inner.evaluate(() => [
      document.documentElement.scrollHeight,
      document.documentElement.clientHeight,
    ]);
    return scroll <= client;
  };
  await expect.poll(fits).toBe(true);

  await frame.getByRole("link", { name: labelOf(pat, "hosting", "services"), exact: true }).click();
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(stepCopy(pat, "symptom").title);
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { messages: { type: string; step?: string }[] }).messages
          .filter((m) => m.type === "guidepath:step")
          .map((m) => m.step),
      ),
    )
    .toEqual(["hosting", "symptom"]);
  await expect.poll(fits).toBe(true);
  expect(
    page
      .frames()
      .find((f) => f.url().includes("/embed/"))!
      .url(),
  ).toContain("/embed/pat-not-authorized/services");
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test.describe("a help center not on the list", () => {
  // The browser logs its refusal as a CSP error: here that is the expected outcome.
  test.use({ expectedCspError: /frame-ancestors/ });

  test("is refused by the browser", async ({ page }) => {
    const blocked = page.waitForEvent("console", (m) => /frame-ancestors/.test(m.text()));
    await page.goto(`${hosts.refused}/`);
    await blocked;
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => frame.url()).not.toContain("/embed/");
    expect(
      await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages),
    ).toEqual([]);
  });
});

test("the embed takes a dark theme and an accent from the URL, and keeps them on every link", async ({
  page,
}) => {
  await page.goto("/embed/pat-not-authorized?theme=dark&accent=93c5fd");
  await expect(page.locator(".gp-embed")).toHaveClass(/dark/);
  const link = page.getByRole("link", { name: labelOf(pat, "hosting", "services"), exact: true });
  await expect(link).toHaveAttribute(
    "href",
    "/embed/pat-not-authorized/services?theme=dark&accent=93c5fd",
  );
  const accent = await page
    .getByRole("link", { name: "Start over" })
    .evaluate((el) => getComputedStyle(el).color);
  expect(accent).toBe("rgb(147, 197, 253)");
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test("the embed has no site chrome and its outside links open a new tab", async ({ page }) => {
  await page.goto("/embed/pat-not-authorized/services");
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Open in a new tab" })).toHaveAttribute(
    "target",
    "_blank",
  );
  await expect(page.getByRole("link", { name: "All guides" })).toHaveCount(0);
});

test("inside a frame, sign-in is not attempted: the frame offers to continue in a new tab at the same step", async ({
  page,
}) => {
  await page.goto(`${hosts.allowed}/?src=${encodeURIComponent("/embed/oauth-401/oauth/entra")}`);
  const frame = page.frameLocator("#guidepath");
  await expect(frame.getByText("Signing in does not work inside a frame.")).toBeVisible();
  await expect(frame.getByRole("button", { name: "Sign in with Microsoft" })).toHaveCount(0);
  const link = frame.getByRole("link", { name: "Continue in a new tab at this step" });
  await expect(link).toHaveAttribute("href", "/oauth-401/oauth/entra?v=2");
  await expect(link).toHaveAttribute("target", "_blank");
});
