import { flows } from "@/content/flows";
import { edgeCoveringPaths } from "@/lib/flow-paths";
import { flowHref } from "@/lib/step-url";
import { answers, choiceLink, expect, heading, stepCopy, test, urlOf } from "./fixtures";
import { serversFor } from "./servers";

// Paths that together take every answer of every state, generated from each machine, walked by
// clicking the labels the content gives, on a server whose clock sits on each side of the flow's
// date edges. Every complete path is replayed in Vitest (content/flows.test.ts).
for (const flow of flows) {
  for (const server of serversFor(flow)) {
    test.describe(`${flow.id}, ${server.name}`, () => {
      for (const path of edgeCoveringPaths(flow.machine, { now: server.now })) {
        test(path.answers.join(" › "), async ({ page }) => {
          await page.goto(urlOf(server.baseURL, flow, []));
          for (const [i, answer] of path.answers.entries()) {
            const stateId = path.states[i] as string;
            await expect(heading(page)).toHaveText(stepCopy(flow, stateId).title);
            await choiceLink(page, flow, stateId, answer).click();
            await expect(page).toHaveURL(urlOf(server.baseURL, flow, path.answers.slice(0, i + 1)));
          }
          const endId = path.states.at(-1) as string;
          const end = stepCopy(flow, endId);
          await expect(heading(page)).toHaveText(end.title);
          const article = page.locator("article");
          await expect(article).toHaveAttribute("data-outcome", /^(resolved|escalate)$/);
          // A fix offers one way on, "still failing?"; a hand-off offers none.
          if ((await article.getAttribute("data-outcome")) === "resolved")
            await expect(choiceLink(page, flow, endId, "still-failing")).toBeVisible();
          else await expect(answers(page)).toHaveCount(0);

          await page.reload();
          await expect(heading(page)).toHaveText(end.title);
          await expect(page).toHaveURL(`${server.baseURL}${flowHref(flow.id, path.answers)}`);
        });
      }
    });
  }
}
