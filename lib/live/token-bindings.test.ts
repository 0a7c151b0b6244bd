import { describe, expect, it } from "vitest";
import { probes } from "@/content/pat-not-authorized/probes";
import type { ProbeBinding } from "./binding";
import type { ProxyKind } from "./proxy-targets";
import { runBinding } from "./run-binding";
import { http, sources } from "./test-context";

const row: ProbeBinding<string> = probes.tokenOrganization!;

/** The person's tokens per list, as the token lifecycle API pages them. */
function tokens(lists: Partial<Record<ProxyKind, unknown>>) {
  return sources("contoso", {
    ado: async (kind) => http(200, { continuationToken: "", patTokens: lists[kind] ?? [] }),
  });
}

const jira = {
  displayName: "jira-git-integration",
  scope: "app_token",
  targetAccounts: null,
  validTo: "2027-01-01T00:00:00Z",
};
const build = {
  displayName: "build-agent",
  scope: "vso.build",
  targetAccounts: ["a"],
  validTo: "2027-01-01T00:00:00Z",
};

describe("pat-not-authorized binding: the token's row, read once", () => {
  it("answers “all look right” for a global, active token that can read code", async () => {
    const ctx = tokens({ "pats-active": [build, jira] });
    expect(await runBinding(row, ctx)).toMatchObject({
      ok: true,
      answer: "all-organizations",
      evidence: {
        read: "Status, organization and scopes",
        from: "your token “jira-git-integration” in contoso",
        value:
          "All accessible organizations (a global token, retired on 1 December 2026), Full access, active until 2027-01-01",
      },
    });
    const write = tokens({ "pats-active": [{ ...jira, scope: "vso.work vso.code_write" }] });
    expect(await runBinding(row, write)).toMatchObject({
      answer: "all-organizations",
      evidence: { value: expect.stringContaining("Code: Read & write") },
    });
  });

  it("finds an expired token first, whatever else it shows", async () => {
    const ctx = tokens({
      "pats-expired": [
        { displayName: "Jira", scope: "vso.work", targetAccounts: ["a"], validTo: "2026-01-01Z" },
      ],
    });
    expect(await runBinding(row, ctx)).toMatchObject({
      answer: "expired-or-revoked",
      evidence: { value: "Expired on 2026-01-01" },
    });
  });

  it("reads a token past its end date as expired even in the active list", async () => {
    const ctx = tokens({ "pats-active": [{ ...jira, validTo: "2026-10-01T00:00:00Z" }] });
    expect(await runBinding(row, ctx)).toMatchObject({
      answer: "expired-or-revoked",
      evidence: { value: "Expired on 2026-10-01" },
    });
  });

  it("finds a revoked token first, whatever else it shows", async () => {
    const ctx = tokens({
      "pats-revoked": [{ displayName: "git sync", scope: "vso.code_write", targetAccounts: ["a"] }],
    });
    expect(await runBinding(row, ctx)).toMatchObject({
      answer: "expired-or-revoked",
      evidence: { value: "Revoked" },
    });
  });

  it("finds a token for one organization before a missing scope", async () => {
    const ctx = tokens({ "pats-active": [{ ...jira, scope: "vso.work", targetAccounts: ["a"] }] });
    expect(await runBinding(row, ctx)).toMatchObject({
      answer: "one-organization",
      evidence: { value: "1 specific organization(s)" },
    });
  });

  it("finds a global, active token without a Code scope", async () => {
    const other = tokens({ "pats-active": [{ ...jira, scope: "vso.work" }] });
    expect(await runBinding(row, other)).toMatchObject({
      answer: "no-code-scope",
      evidence: { value: "No Code scope (vso.work)" },
    });
    const none = tokens({ "pats-active": [{ ...jira, scope: null }] });
    expect(await runBinding(row, none)).toMatchObject({
      answer: "no-code-scope",
      evidence: { value: "No Code scope (no scopes)" },
    });
  });

  it("asks when no token, or several, are named after Jira or Git", async () => {
    const two = tokens({ "pats-active": [jira], "pats-revoked": [{ displayName: "git sync" }] });
    expect(await runBinding(row, two)).toEqual({
      ok: false,
      reason: "ambiguous",
      message:
        "Several of your tokens in contoso are named after Jira or Git: check which one Jira holds.",
    });
    expect(await runBinding(row, tokens({ "pats-active": [build] }))).toEqual({
      ok: false,
      reason: "not-found",
      message: "None of your tokens in contoso is named after Jira or Git.",
    });
  });

  it("stops at the first list it may not read", async () => {
    const ctx = sources("contoso", { ado: async () => http(401) });
    expect(await runBinding(row, ctx)).toEqual({
      ok: false,
      reason: "not-permitted",
      message: "You may not read your personal access tokens in contoso (HTTP 401).",
    });
  });

  it("refuses a token list in a form it does not recognise", async () => {
    const unrecognised = {
      ok: false,
      reason: "unrecognised",
      message:
        "Azure DevOps answered in a form we do not recognise when asked for your personal access tokens in contoso.",
    };
    for (const patTokens of ["none", [{ displayName: 7 }], [{ ...jira, targetAccounts: "a" }]])
      expect(await runBinding(row, tokens({ "pats-active": patTokens }))).toEqual(unrecognised);
    const html = sources("contoso", { ado: async () => http(200, null) });
    expect(await runBinding(row, html)).toEqual(unrecognised);
  });
});
