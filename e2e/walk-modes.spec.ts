import { flows } from "@/content/flows";
import { edgeCoveringPaths } from "@/lib/flow-paths";
import { choiceLink, expect, heading, stepCopy, test, urlOf } from "./fixtures";
import { defaultServer } from "./servers";

const flow = flows.find((f) => f.id === "pat-not-authorized")!;
// The longest of the short paths that together take every answer: a long walk that still fits a test.
const paths = edgeCoveringPaths(flow.machine, { now: defaultServer.now });
const longest = paths.reduce((a, b) => (b.answers.length > a.answers.length ? b : a));

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the longest path walks by plain links and survives a reload", async ({ page }) => {
    await page.goto(urlOf(defaultServer.baseURL, flow, []));
    for (const [i, answer] of longest.answers.entries()) {
      await expect(heading(page)).toHaveText(stepCopy(flow, longest.states[i]!).title);
      await choiceLink(page, flow, longest.states[i]!, answer).click();
    }
    await expect(page).toHaveURL(urlOf(defaultServer.baseURL, flow, longest.answers));
    await expect(heading(page)).toHaveText(stepCopy(flow, longest.states.at(-1)!).title);
    await page.reload();
    await expect(heading(page)).toHaveText(stepCopy(flow, longest.states.at(-1)!).title);
  });
});

test("the longest path walks by keyboard alone, and focus lands on each new heading", async ({
  page,
}) => {
  await page.goto(urlOf(defaultServer.baseURL, flow, []));
  for (const [i, answer] of longest.answers.entries()) {
    await expect(heading(page)).toHaveText(stepCopy(flow, longest.states[i]!).title);
    let presses = 0;
    while (
      (await page.evaluate(() => document.activeElement?.getAttribute("data-answer"))) !== answer
    ) {
      await page.keyboard.press("Tab");
      if (++presses > 60) throw new Error(`could not reach "${answer}" by Tab`);
    }
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(
      urlOf(defaultServer.baseURL, flow, longest.answers.slice(0, i + 1)),
    );
    await expect(heading(page)).toBeFocused();
  }
  await expect(page.locator("article")).toHaveAttribute("data-outcome", /^(resolved|escalate)$/);
});

test("browser back, previous step, the trail and start over all land on the right step", async ({
  page,
}) => {
  const path = longest.answers.slice(0, 3);
  await page.goto(urlOf(defaultServer.baseURL, flow, path));
  await expect(heading(page)).toHaveText(stepCopy(flow, longest.states[3]!).title);

  await page.getByRole("link", { name: "← Previous step" }).click();
  await expect(page).toHaveURL(urlOf(defaultServer.baseURL, flow, path.slice(0, 2)));
  await expect(heading(page)).toHaveText(stepCopy(flow, longest.states[2]!).title);

  await page.goBack();
  await expect(heading(page)).toHaveText(stepCopy(flow, longest.states[3]!).title);

  const trail = page.getByRole("region", { name: "Your answers so far" });
  await expect(trail.getByRole("listitem")).toHaveCount(3);
  await trail.getByRole("link", { name: /Change answer 2/ }).click();
  await expect(page).toHaveURL(urlOf(defaultServer.baseURL, flow, path.slice(0, 1)));
  await expect(heading(page)).toHaveText(stepCopy(flow, longest.states[1]!).title);

  await page.getByRole("link", { name: "Start over" }).click();
  await expect(heading(page)).toHaveText(stepCopy(flow, longest.states[0]!).title);
});
