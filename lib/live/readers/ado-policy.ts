import * as z from "zod/mini";
import { bodyOf } from "../http";
import { type Reader, evidence } from "../reader-context";
import { fail } from "../result";

const POLICIES = "ms.vss-admin-web.organization-policies-data-provider";

const entry = z.object({
  policy: z.nullish(
    z.object({ name: z.nullish(z.string()), effectiveValue: z.optional(z.unknown()) }),
  ),
});

/** Organization settings › Policies as its data provider answers; other providers are ignored. */
const settings = z.object({
  fps: z.nullish(
    z.object({
      dataProviders: z.nullish(
        z.object({
          data: z.nullish(
            z.object({
              [POLICIES]: z.nullish(
                z.object({ policies: z.nullish(z.record(z.string(), z.array(entry))) }),
              ),
            }),
          ),
        }),
      ),
    }),
  ),
});

/** The toggle as an admin sees it: the data provider's effectiveValue already undoes Disallow*. */
function toggle(body: z.infer<typeof settings>, name: string): boolean | null {
  const groups = body.fps?.dataProviders?.data?.[POLICIES]?.policies ?? {};
  for (const group of Object.values(groups)) {
    const value = group.find((p) => p.policy?.name === name)?.policy?.effectiveValue;
    if (typeof value === "boolean") return value;
  }
  return null;
}

/** One toggle of Organization settings › Policies, by its policy name. */
export const readPolicy: Reader<"ado-policy"> = async (ctx, { policy, label }) => {
  const what = `the policies of ${ctx.input}`;
  const read = bodyOf(await ctx.ado("policies", true), settings, "Azure DevOps", what);
  if (!read.ok) return read;
  const on = toggle(read.body, policy);
  if (on === null)
    return fail("not-found", `The organization's settings did not include “${label}”.`);
  return {
    ok: true,
    finding: on ? "on" : "off",
    evidence: evidence(
      ctx,
      label,
      `Organization settings › Policies of ${ctx.input}`,
      on ? "On" : "Off",
    ),
  };
};
