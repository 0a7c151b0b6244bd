import { ORGANIZATION } from "./ado-probes";
import {
  type Probe,
  type ProbeContext,
  type ProbeResult,
  evidence,
  failureOf,
  isFailure,
} from "./probe-types";

type PatToken = {
  displayName?: string;
  scope?: string;
  targetAccounts?: string[] | null;
  validTo?: string;
};
type FoundToken = { token: PatToken; status: "active" | "expired" | "revoked" };

/**
 * The token Jira most likely uses: among the person's own tokens in the organization, the one
 * whose name mentions Jira or Git. Several such tokens, or none, and the person answers.
 */
async function readJiraToken(ctx: ProbeContext): Promise<FoundToken | ProbeResult> {
  const found: FoundToken[] = [];
  for (const status of ["active", "expired", "revoked"] as const) {
    const response = await ctx.ado(`pats-${status}`, true);
    if (isFailure(response)) return response;
    const failure = failureOf(response, `your personal access tokens in ${ctx.input}`);
    if (failure) return failure;
    const tokens = (response.body as { patTokens?: PatToken[] } | null)?.patTokens ?? [];
    for (const token of tokens)
      if (/jira|git/i.test(token.displayName ?? "")) found.push({ token, status });
  }
  if (found.length === 0)
    return {
      status: "unknown",
      reason: "not-found",
      message: `None of your tokens in ${ctx.input} is named after Jira or Git.`,
    };
  if (found.length > 1)
    return {
      status: "unknown",
      reason: "ambiguous",
      message: `Several of your tokens in ${ctx.input} are named after Jira or Git: check which one Jira holds.`,
    };
  return found[0]!;
}

const patInput = {
  label: "Azure DevOps organization",
  hint: "The name in https://dev.azure.com/<name>; the wizard looks for your token named after Jira or Git",
  pattern: ORGANIZATION,
};

function patProbe(
  state: string,
  read: string,
  classify: (found: FoundToken, now: Date) => { answer: string; value: string },
): Probe {
  return {
    id: `pat-${state}`,
    flow: "pat-not-authorized",
    state,
    input: patInput,
    needsSignIn: true,
    reads: "your own personal access tokens (Azure DevOps token lifecycle API, your sign-in)",
    run: async (ctx) => {
      const found = await readJiraToken(ctx);
      if (!("token" in found)) return found;
      const token = found;
      const { answer, value } = classify(token, ctx.now());
      return {
        status: "known",
        answer,
        evidence: evidence(
          ctx,
          read,
          `your token “${token.token.displayName}” in ${ctx.input}`,
          value,
        ),
      };
    },
  };
}

function scopeAnswer(scope: string): { answer: string; value: string } {
  const scopes = scope.split(/\s+/);
  if (scopes.includes("app_token")) return { answer: "full-access", value: "Full access" };
  if (scopes.some((s) => ["vso.code_write", "vso.code_manage", "vso.code_full"].includes(s)))
    return { answer: "code-read-write", value: "Code: Read & write" };
  if (scopes.includes("vso.code")) return { answer: "code-read", value: "Code: Read" };
  return { answer: "other-scopes", value: scope || "no scopes" };
}

export const patProbes: Probe[] = [
  patProbe("tokenOrganization", "Organization", ({ token }) =>
    token.targetAccounts == null
      ? {
          answer: "all-organizations",
          value: "All accessible organizations (a global token, retired on 1 December 2026)",
        }
      : {
          answer: "one-organization",
          value: `${token.targetAccounts.length} specific organization(s)`,
        },
  ),
  patProbe("tokenScope", "Scopes", ({ token }) => scopeAnswer(token.scope ?? "")),
  patProbe("tokenStatus", "Status", ({ token, status }, now) => {
    if (status === "revoked") return { answer: "inactive", value: "Revoked" };
    const expired =
      status === "expired" ||
      (token.validTo !== undefined && Date.parse(token.validTo) < now.getTime());
    return expired
      ? { answer: "expired", value: `Expired on ${token.validTo?.slice(0, 10)}` }
      : { answer: "active", value: `Active until ${token.validTo?.slice(0, 10)}` };
  }),
];
