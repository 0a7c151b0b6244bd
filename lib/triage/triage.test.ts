import { describe, expect, it } from "vitest";
import { flows } from "@/content/registry";
import { replay } from "@/lib/replay";
import { FAKE_PAT } from "./fakes";
import { rules } from "./rules";
import { triage } from "./triage";

const ruleById = new Map(rules.map((r) => [r.id, r]));
const flowIds = new Set(flows.map((f) => f.id));

describe("the rule table", () => {
  it("has unique ids, known flows, and answers each flow takes (at some date)", () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(flowIds.has(rule.flow), rule.id).toBe(true);
      const flow = flows.find((f) => f.id === rule.flow)!;
      const fits = [Date.parse("2026-11-20T12:00:00Z"), Date.parse("2026-12-02T12:00:00Z")].some(
        (now) => replay(flow.machine, rule.answers, { now }).dropped.length === 0,
      );
      expect(fits, rule.id).toBe(true);
      expect(rule.source.length, rule.id).toBeGreaterThan(5);
    }
  });

  it("covers every catalog row whose flow Guidepath has (rows 1 to 78)", () => {
    const covered = new Set(rules.flatMap((r) => r.rows));
    const missing = Array.from({ length: 78 }, (_, i) => i + 1).filter((row) => !covered.has(row));
    expect(missing).toEqual([]);
  });
});

describe.each(rules.map((r) => [r.id, r] as const))("rule %s", (id, rule) => {
  it.each(rule.examples.match)("fires on: %s", (example) => {
    const result = triage(example);
    expect(result.matches.map((m) => m.rule)).toContain(id);
    expect(result.flow).toBe(rule.flow);
  });

  it.each(rule.examples.nearMiss)("does not fire on the near miss: %s", (example) => {
    expect(triage(example).matches.map((m) => m.rule)).not.toContain(id);
  });
});

describe("triage", () => {
  it("routes the seed-001 log to the pat-not-authorized step the log implies", () => {
    const log = `2019-07-08 12:21:09,997 http-nio-8080-exec-436 ERROR sfj 741x4276982x1 a7oa8 192.168.143.212 /rest/gitplugin/1.0/trackedfolders/scan/4994-Bpv7dj9zmeyFAAf6 [c.b.j.g.rest.exceptionmappers.WrappedIntegrationAPIExceptionMapper] Rest API has thrown exception.
com.bigbrassband.jira.git.exceptions.external.WrappedMicrosoftAPIException: External service error
Caused by: com.bigbrassband.common.indexer.sources.clients.RequestException: Microsoft https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=1.0 Unauthorized (401)`;
    const result = triage(log);
    expect(result.flow).toBe("pat-not-authorized");
    expect(result.path).toEqual(["services", "not-authorized"]);
    expect(result.matches.map((m) => m.rule)).toEqual([
      "profile-api-401",
      "gij-microsoft-api-exception",
    ]);
    expect(result.matches[0]?.text).toBe("_apis/profile/profiles/me");
  });

  it("disambiguates TF400813 by the context around it", () => {
    expect(triage("OAuth consent done, then TF400813: The user is not authorized").flow).toBe(
      "oauth-401",
    );
    expect(triage(`TF400813 with personal access token ${FAKE_PAT}`).path).toEqual([
      "services",
      "not-authorized",
    ]);
    expect(triage("resource area discovery failed with TF400813 using an Entra token").flow).toBe(
      "entra-oidc-migration",
    );
    expect(triage("TF400813: The user is not authorized to access this resource.")).toMatchObject({
      flow: "pat-not-authorized",
      path: [],
    });
  });

  it("disambiguates AADSTS53003 by the resource", () => {
    expect(triage("AADSTS53003 for resource 499b84ac-1321-427f-aa17-267ca6975798").flow).toBe(
      "oauth-401",
    );
    expect(triage("AADSTS53003 for resource 00000002-0000-0ff1-ce00-000000000000").flow).toBe(
      "jira-mail-oauth",
    );
  });

  it.each([
    [
      "an SSH key format error (row 79)",
      "com.bigbrassband.jira.git.exceptions.repository.InvalidPrivateKeyException: Private SSH key is invalid or empty",
    ],
    [
      "a GitHub scope error (row 80)",
      `WrappedGithubAPIException "type":"INSUFFICIENT_SCOPES" requires one of the following scopes: ['read:org']`,
    ],
    [
      "a pack size error (row 81)",
      "Object too large (3000000000 bytes), rejecting the pack. Max object size limit is 2,147,483,639 bytes.",
    ],
    [
      "an SMTP AUTH error (row 82)",
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant",
    ],
    [
      "an SMTP TLS error (row 83)",
      "javax.mail.MessagingException: Could not connect to SMTP host: smtp.office365.com, port: 587 (SSLHandshakeException: No appropriate protocol)",
    ],
    ["an Application Links OAuth 1.0 error (row 84)", "oauth_problem=signature_invalid"],
    [
      "an Atlassian refresh token error (row 85)",
      '{"error":"invalid_grant","error_description":"Unknown or invalid refresh token."} from auth.atlassian.com/oauth/token',
    ],
  ])("returns no flow for %s", (_name, input) => {
    expect(triage(input)).toMatchObject({ flow: null, path: [], matches: [] });
  });

  it("matches on redacted text and returns it", () => {
    const result = triage(
      `Authorization: Basic ${Buffer.from(`:${FAKE_PAT}`).toString("base64")}\nTF400813: not authorized`,
    );
    expect(result.redacted).not.toContain(FAKE_PAT);
    expect(result.redactions).toHaveLength(1);
    expect(result.path).toEqual(["services", "not-authorized"]);
    expect(ruleById.get(result.matches[0]!.rule)?.flow).toBe("pat-not-authorized");
  });
});
