import * as z from "zod/mini";
import { bodyOf } from "../http";
import { type Reader, evidence } from "../reader-context";
import { fail } from "../result";

const openIdConfiguration = z.object({
  tenant_region_sub_scope: z.nullish(z.string()),
  cloud_instance_name: z.nullish(z.string()),
});

/** The cloud a tenant lives in, from its public OpenID configuration (no sign-in). */
export const readCloud: Reader<"tenant-cloud"> = async (ctx) => {
  const domain = encodeURIComponent(ctx.input);
  const answer = await ctx.get(
    `${ctx.config.loginBase}/${domain}/v2.0/.well-known/openid-configuration`,
  );
  // Entra answers 400 (AADSTS90002), not 404, for a domain that no tenant holds.
  if (answer.ok && answer.status === 400)
    return fail("not-found", `No Microsoft tenant answers for ${ctx.input}.`);
  const what = `the OpenID configuration of ${ctx.input}`;
  const read = bodyOf(answer, openIdConfiguration, "Microsoft's sign-in service", what);
  if (!read.ok) return read;
  const { tenant_region_sub_scope: subScope, cloud_instance_name: instance } = read.body;
  const government =
    subScope === "DOD" || subScope === "DODCON" || instance === "microsoftonline.us";
  const value = government
    ? `US Government (${subScope ?? instance})`
    : subScope === "GCC"
      ? "GCC on the commercial cloud"
      : "commercial";
  return {
    ok: true,
    finding: government ? "us-gov-cloud" : "worldwide",
    evidence: evidence(ctx, "Cloud", `OpenID configuration of ${ctx.input}`, value),
  };
};
