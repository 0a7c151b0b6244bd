import { statusFailure } from "../http";
import { type Reader, evidence } from "../reader-context";
import { fail } from "../result";

const ZERO_TENANT = "00000000-0000-0000-0000-000000000000";

/** The directory an organization is connected to, from X-VSS-ResourceTenant (public). */
export const readDirectory: Reader<"ado-directory"> = async (ctx) => {
  const answer = await ctx.ado("connection-data", false);
  if (!answer.ok) return answer;
  const failure = statusFailure(answer, `the organization ${ctx.input}`);
  if (failure) return failure;
  const tenant = answer.headers["x-vss-resourcetenant"];
  if (!tenant) return fail("not-found", "Azure DevOps did not say which directory backs it.");
  const entra = tenant !== ZERO_TENANT;
  return {
    ok: true,
    finding: entra ? "entra-tenant" : "microsoft-accounts",
    evidence: evidence(
      ctx,
      "Directory",
      `Azure DevOps connection data of ${ctx.input}`,
      entra ? "a Microsoft Entra ID tenant" : "Microsoft accounts only",
    ),
  };
};
