import * as z from "zod/mini";
import { bodyOf } from "../http";
import { type ReaderContext, type Reader, evidence } from "../reader-context";
import { type Finding, type Result, fail } from "../result";

const token = z.object({
  displayName: z.nullish(z.string()),
  scope: z.nullish(z.string()),
  /** Null for a global token: "All accessible organizations". */
  targetAccounts: z.nullish(z.array(z.string())),
  validTo: z.nullish(z.string()),
});
const page = z.object({ patTokens: z.nullish(z.array(token)) });

type Token = z.infer<typeof token>;
type List = "active" | "expired" | "revoked";
type Found = { token: Token; list: List };

/**
 * The token Jira most likely uses: among the person's own tokens in the organization, the one
 * whose name mentions Jira or Git. Several such tokens, or none, and the person answers.
 */
async function findJiraToken(ctx: ReaderContext): Promise<Result<Found>> {
  const found: Found[] = [];
  for (const list of ["active", "expired", "revoked"] as const) {
    const what = `your personal access tokens in ${ctx.input}`;
    const read = bodyOf(await ctx.ado(`pats-${list}`, true), page, "Azure DevOps", what);
    if (!read.ok) return read;
    for (const token of read.body.patTokens ?? [])
      if (/jira|git/i.test(token.displayName ?? "")) found.push({ token, list });
  }
  const [only, ...others] = found;
  if (!only)
    return fail("not-found", `None of your tokens in ${ctx.input} is named after Jira or Git.`);
  if (others.length)
    return fail(
      "ambiguous",
      `Several of your tokens in ${ctx.input} are named after Jira or Git: check which one Jira holds.`,
    );
  return { ok: true, ...only };
}

async function readToken<F extends string>(
  ctx: ReaderContext,
  read: string,
  classify: (found: Found, now: Date) => { finding: F; value: string },
): Promise<Finding<F>> {
  const found = await findJiraToken(ctx);
  if (!found.ok) return found;
  const { finding, value } = classify(found, ctx.now());
  const from = `your token “${found.token.displayName}” in ${ctx.input}`;
  return { ok: true, finding, evidence: evidence(ctx, read, from, value) };
}

export const readTokenOrganization: Reader<"token-organization"> = (ctx) =>
  readToken(ctx, "Organization", ({ token }) =>
    token.targetAccounts == null
      ? {
          finding: "global",
          value: "All accessible organizations (a global token, retired on 1 December 2026)",
        }
      : { finding: "scoped", value: `${token.targetAccounts.length} specific organization(s)` },
  );

const CODE_WRITE = ["vso.code_write", "vso.code_manage", "vso.code_full"];

export const readTokenScope: Reader<"token-scope"> = (ctx) =>
  readToken(ctx, "Scopes", ({ token }) => {
    const scope = token.scope ?? "";
    const scopes = scope.split(/\s+/);
    if (scopes.includes("app_token")) return { finding: "all-scopes", value: "Full access" };
    if (scopes.some((s) => CODE_WRITE.includes(s)))
      return { finding: "code-write", value: "Code: Read & write" };
    if (scopes.includes("vso.code")) return { finding: "code-read-only", value: "Code: Read" };
    return { finding: "other", value: scope || "no scopes" };
  });

export const readTokenStatus: Reader<"token-status"> = (ctx) =>
  readToken(ctx, "Status", ({ token, list }, now) => {
    if (list === "revoked") return { finding: "status-revoked", value: "Revoked" };
    const until = token.validTo?.slice(0, 10);
    const expired =
      list === "expired" || (token.validTo != null && Date.parse(token.validTo) < now.getTime());
    return expired
      ? { finding: "status-expired", value: `Expired on ${until}` }
      : { finding: "status-active", value: `Active until ${until}` };
  });
