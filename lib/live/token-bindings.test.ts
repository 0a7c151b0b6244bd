import { describe, expect, it } from "vitest";
import { probes } from "@/content/pat-not-authorized/probes";
import type { ProbeBinding } from "./binding";
import type { ProxyKind } from "./proxy-targets";
import { runBinding } from "./run-binding";
import { http, sources } from "./test-context";

const bound = (state: keyof typeof probes): ProbeBinding<string> => probes[state]!;

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

describe("pat-not-authorized bindings", () => {
  it("read the person's Jira token: organization, scopes and status", async () => {
    const ctx = tokens({ "pats-active": [build, jira] });
    expect(await runBinding(bound("tokenOrganization"), ctx)).toMatchObject({
      ok: true,
      answer: "all-organizations",
      evidence: {
        read: "Organization",
        from: "your token “jira-git-integration” in contoso",
        value: "All accessible organizations (a global token, retired on 1 December 2026)",
      },
    });
    expect(await runBinding(bound("tokenScope"), ctx)).toMatchObject({
      answer: "full-access",
      evidence: { value: "Full access" },
    });
    expect(await runBinding(bound("tokenStatus"), ctx)).toMatchObject({
      answer: "active",
      evidence: { value: "Active until 2027-01-01" },
    });
  });

  it("read an expired token scoped to one organization", async () => {
    const ctx = tokens({
      "pats-expired": [
        { displayName: "Jira", scope: "vso.code", targetAccounts: ["a"], validTo: "2026-01-01Z" },
      ],
    });
    expect(await runBinding(bound("tokenStatus"), ctx)).toMatchObject({
      answer: "expired",
      evidence: { value: "Expired on 2026-01-01" },
    });
    expect(await runBinding(bound("tokenScope"), ctx)).toMatchObject({ answer: "code-read" });
    expect(await runBinding(bound("tokenOrganization"), ctx)).toMatchObject({
      answer: "one-organization",
      evidence: { value: "1 specific organization(s)" },
    });
  });

  it("read a token past its end date as expired even in the active list", async () => {
    const ctx = tokens({ "pats-active": [{ ...jira, validTo: "2026-10-01T00:00:00Z" }] });
    expect(await runBinding(bound("tokenStatus"), ctx)).toMatchObject({ answer: "expired" });
  });

  it("read a revoked token as inactive, and other scopes as such", async () => {
    const ctx = tokens({
      "pats-revoked": [{ displayName: "git sync", scope: "vso.code_write", targetAccounts: ["a"] }],
    });
    expect(await runBinding(bound("tokenStatus"), ctx)).toMatchObject({
      answer: "inactive",
      evidence: { value: "Revoked" },
    });
    expect(await runBinding(bound("tokenScope"), ctx)).toMatchObject({
      answer: "code-read-write",
    });
    const other = tokens({ "pats-active": [{ ...jira, scope: "vso.work" }] });
    expect(await runBinding(bound("tokenScope"), other)).toMatchObject({
      answer: "other-scopes",
      evidence: { value: "vso.work" },
    });
  });

  it("ask when no token, or several, are named after Jira or Git", async () => {
    const two = tokens({ "pats-active": [jira], "pats-revoked": [{ displayName: "git sync" }] });
    expect(await runBinding(bound("tokenStatus"), two)).toEqual({
      ok: false,
      reason: "ambiguous",
      message:
        "Several of your tokens in contoso are named after Jira or Git: check which one Jira holds.",
    });
    expect(await runBinding(bound("tokenStatus"), tokens({ "pats-active": [build] }))).toEqual({
      ok: false,
      reason: "not-found",
      message: "None of your tokens in contoso is named after Jira or Git.",
    });
  });

  it("stop at the first list it may not read", async () => {
    const ctx = sources("contoso", { ado: async () => http(401) });
    expect(await runBinding(bound("tokenStatus"), ctx)).toEqual({
      ok: false,
      reason: "not-permitted",
      message: "You may not read your personal access tokens in contoso (HTTP 401).",
    });
  });

  it("refuse a token list in a form it does not recognise", async () => {
    const unrecognised = {
      ok: false,
      reason: "unrecognised",
      message:
        "Azure DevOps answered in a form we do not recognise when asked for your personal access tokens in contoso.",
    };
    for (const patTokens of ["none", [{ displayName: 7 }], [{ ...jira, targetAccounts: "a" }]])
      expect(
        await runBinding(bound("tokenOrganization"), tokens({ "pats-active": patTokens })),
      ).toEqual(unrecognised);
    const html = sources("contoso", { ado: async () => http(200, null) });
    expect(await runBinding(bound("tokenOrganization"), html)).toEqual(unrecognised);
  });
});
