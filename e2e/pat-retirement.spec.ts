import { flows } from "@/content/flows";
import { timeLeft } from "@/lib/countdown";
import { pathPerState } from "@/lib/flow-paths";
import { stepText } from "@/lib/step-text";
import { flowHref } from "@/lib/step-url";
import { GLOBAL_PAT_RETIREMENT } from "@/machines/pat-not-authorized";
import { expect, heading, stepCopy, test } from "./fixtures";
import { servers } from "./servers";

// Microsoft retires global ("All accessible organizations") tokens on 1 December 2026. Before
// that day, a page that has someone create one must say so first, with the time left; from that
// day, no page may present that fix as working.

const flow = flows.find((f) => f.id === "pat-not-authorized")!;
const before = servers[0]!;
const after = servers[1]!;

/** A page that has someone create a global token: the instruction, or the offer to. */
const CREATES_GLOBAL = /choose All accessible organizations|create a global token/i;

/** Words that say, or imply, that the global-token fix still works. */
const STILL_WORKS = [
  /Until then this fix works/i,
  /works until 1 December 2026/i,
  // A countdown to the retirement on a page reachable after it.
  /no time left/i,
];

const plain = (text: string) => text.replace(/\s+/g, " ");

const createsGlobal = (stateId: string) =>
  CREATES_GLOBAL.test(plain(stepText(stepCopy(flow, stateId), {})));

const pathsBefore = pathPerState(flow.machine, { now: before.now });
const pathsAfter = pathPerState(flow.machine, { now: after.now });

test("the clocks sit either side of the retirement, and some pages before it create a global token", () => {
  expect(before.now).toBeLessThan(Date.parse(GLOBAL_PAT_RETIREMENT));
  expect(after.now).toBeGreaterThanOrEqual(Date.parse(GLOBAL_PAT_RETIREMENT));
  // Without such pages the checks below would pass by checking nothing.
  expect(pathsBefore.filter((p) => createsGlobal(p.states.at(-1)!)).length).toBeGreaterThan(0);
  expect(pathsAfter.length).toBeGreaterThan(0);
});

test.describe(`pat-not-authorized, ${before.name}`, () => {
  const left = timeLeft(before.now, GLOBAL_PAT_RETIREMENT);

  for (const path of pathsBefore) {
    const stateId = path.states.at(-1)!;
    test(`${stateId} (${path.answers.join(" › ") || "first page"})`, async ({ page }) => {
      await page.goto(`${before.baseURL}${flowHref(flow.id, path.answers)}`);
      await expect(heading(page)).toHaveText(stepCopy(flow, stateId).title);
      const text = plain(await page.locator("article").innerText());
      // What the page shows agrees with its words: a page cannot hide the instruction.
      expect(CREATES_GLOBAL.test(text), "creates a global token").toBe(createsGlobal(stateId));
      if (!createsGlobal(stateId)) return;
      // The lead: the first paragraph under the heading.
      const lead = page.locator("article h1 + p");
      await expect(lead).toContainText("1 December 2026");
      await expect(lead).toContainText(left);
    });
  }
});

test.describe(`pat-not-authorized, ${after.name}`, () => {
  for (const path of pathsAfter) {
    const stateId = path.states.at(-1)!;
    test(`${stateId} (${path.answers.join(" › ") || "first page"})`, async ({ page }) => {
      await page.goto(`${after.baseURL}${flowHref(flow.id, path.answers)}`);
      await expect(heading(page)).toHaveText(stepCopy(flow, stateId).title);
      const text = plain(await page.locator("article").innerText());
      expect(text, "has someone create a global token").not.toMatch(CREATES_GLOBAL);
      for (const words of STILL_WORKS) expect(text).not.toMatch(words);
    });
  }
});
