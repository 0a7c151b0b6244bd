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

const CODE_WRITE = ["vso.code_write", "vso.code_manage", "vso.code_full"];

/** The token's scopes as the Edit panel names them, or null when none lets it read code. */
function codeScope(token: Token): string | null {
  const scopes = (token.scope ?? "").split(/\s+/);
  if (scopes.includes("app_token")) return "Full access";
  if (scopes.some((s) => CODE_WRITE.includes(s))) return "Code: Read & write";
  if (scopes.includes("vso.code")) return "Code: Read";
  return null;
}

type Check = {
  finding: "expired" | "revoked" | "scoped" | "no-code-scope" | "fine";
  value: string;
};

/**
 * The first problem the token's row shows, in the order the question lists them: a dead token
 * must be replaced whatever else is wrong, a token for one organization too, and only then does
 * a missing scope matter (a scope can be added by editing).
 */
function check({ token, list }: Found, now: Date): Check {
  if (list === "revoked") return { finding: "revoked", value: "Revoked" };
  const until = token.validTo?.slice(0, 10);
  if (list === "expired" || (token.validTo != null && Date.parse(token.validTo) < now.getTime()))
    return { finding: "expired", value: `Expired on ${until}` };
  if (token.targetAccounts != null)
    return { finding: "scoped", value: `${token.targetAccounts.length} specific organization(s)` };
  const scope = codeScope(token);
  if (scope === null)
    return { finding: "no-code-scope", value: `No Code scope (${token.scope || "no scopes"})` };
  return {
    finding: "fine",
    value: `All accessible organizations (a global token, retired on 1 December 2026), ${scope}, active until ${until}`,
  };
}

export const readJiraTokenCheck: Reader<"jira-token-check"> = async (
  ctx,
): Promise<Finding<Check["finding"]>> => {
  const found = await findJiraToken(ctx);
  if (!found.ok) return found;
  const { finding, value } = check(found, ctx.now());
  const from = `your token “${found.token.displayName}” in ${ctx.input}`;
  return {
    ok: true,
    finding,
    evidence: evidence(ctx, "Status, organization and scopes", from, value),
  };
};
