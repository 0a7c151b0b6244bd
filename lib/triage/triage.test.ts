import { describe, expect, it } from "vitest";
import { triageFlows } from "@/content/triage-index";
import { FAKE_PAT } from "./fakes";
import type { FlowRules } from "./rule-types";
import { triage } from "./triage";

const paste = (text: string) => triage(text, triageFlows);

describe("triage", () => {
  it("routes the seed-001 log to the pat-not-authorized step the log implies", () => {
    const log = `2019-07-08 12:21:09,997 http-nio-8080-exec-436 ERROR sfj 741x4276982x1 a7oa8 192.168.143.212 /rest/gitplugin/1.0/trackedfolders/scan/4994-Bpv7dj9zmeyFAAf6 [c.b.j.g.rest.exceptionmappers.WrappedIntegrationAPIExceptionMapper] Rest API has thrown exception.
com.bigbrassband.jira.git.exceptions.external.WrappedMicrosoftAPIException: External service error
Caused by: com.bigbrassband.common.indexer.sources.clients.RequestException: Microsoft https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=1.0 Unauthorized (401)`;
    const result = paste(log);
    expect(result.flow).toBe("pat-not-authorized");
    expect(result.path).toEqual(["services", "not-authorized"]);
    expect(result.matches.map((m) => m.rule)).toEqual([
      "profile-api-401",
      "gij-microsoft-api-exception",
    ]);
    expect(result.matches[0]?.text).toBe("_apis/profile/profiles/me");
  });

  it("disambiguates TF400813 by the context around it", () => {
    expect(paste("OAuth consent done, then TF400813: The user is not authorized").flow).toBe(
      "oauth-401",
    );
    expect(paste(`TF400813 with personal access token ${FAKE_PAT}`).path).toEqual([
      "services",
      "not-authorized",
    ]);
    expect(paste("resource area discovery failed with TF400813 using an Entra token").flow).toBe(
      "entra-oidc-migration",
    );
    expect(paste("TF400813: The user is not authorized to access this resource.")).toMatchObject({
      flow: "pat-not-authorized",
      path: [],
    });
  });

  it("disambiguates AADSTS53003 by the resource", () => {
    expect(paste("AADSTS53003 for resource 499b84ac-1321-427f-aa17-267ca6975798").flow).toBe(
      "oauth-401",
    );
    expect(paste("AADSTS53003 for resource 00000002-0000-0ff1-ce00-000000000000").flow).toBe(
      "jira-mail-oauth",
    );
  });

  it.each([
    [
      "an SSH key format error",
      "com.bigbrassband.jira.git.exceptions.repository.InvalidPrivateKeyException: Private SSH key is invalid or empty",
    ],
    [
      "a GitHub scope error",
      `WrappedGithubAPIException "type":"INSUFFICIENT_SCOPES" requires one of the following scopes: ['read:org']`,
    ],
    [
      "a pack size error",
      "Object too large (3000000000 bytes), rejecting the pack. Max object size limit is 2,147,483,639 bytes.",
    ],
    [
      "an SMTP TLS error",
      "javax.mail.MessagingException: Could not connect to SMTP host: smtp.office365.com, port: 587 (SSLHandshakeException: No appropriate protocol)",
    ],
    ["an Application Links OAuth 1.0 error", "oauth_problem=signature_invalid"],
    [
      "an Atlassian refresh token error",
      '{"error":"invalid_grant","error_description":"Unknown or invalid refresh token."} from auth.atlassian.com/oauth/token',
    ],
  ])("returns no flow for %s", (_name, input) => {
    expect(paste(input)).toMatchObject({ flow: null, path: [], matches: [] });
  });

  it("routes an SMTP AUTH error to the outgoing mail guide", () => {
    expect(
      paste(
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant",
      ),
    ).toMatchObject({ flow: "jira-smtp-basic-auth", path: ["tenant-disabled"] });
  });

  it("matches on redacted text and returns it", () => {
    const result = paste(
      `Authorization: Basic ${Buffer.from(`:${FAKE_PAT}`).toString("base64")}\nTF400813: not authorized`,
    );
    expect(result.redacted).not.toContain(FAKE_PAT);
    expect(result.redactions).toHaveLength(1);
    expect(result.path).toEqual(["services", "not-authorized"]);
    expect(result.matches[0]).toMatchObject({
      rule: "tf400813-with-pat",
      flow: "pat-not-authorized",
    });
  });
});

describe("triage over the rules it is given", () => {
  const rule = (id: string, weight: number, answers: string[]) => ({
    id,
    kind: "code" as const,
    signatures: ["e1234"],
    answers,
    weight,
    source: "a test",
    examples: { match: [], nearMiss: [] },
  });
  const flows: FlowRules[] = [
    { id: "first", rules: [rule("light", 1, ["a", "b"])] },
    { id: "second", rules: [rule("heavy", 5, ["c"]), rule("same-weight", 5, ["d"])] },
  ];

  it("credits each match to the flow that declares its rule, the heaviest first", () => {
    const result = triage("E1234 happened", flows);
    expect(result).toMatchObject({ flow: "second", path: ["c"] });
    expect(result.matches.map((m) => [m.flow, m.rule])).toEqual([
      ["second", "heavy"],
      ["second", "same-weight"],
      ["first", "light"],
    ]);
  });

  it("knows no rule it is not given", () => {
    expect(triage("E1234 happened", []).flow).toBeNull();
    expect(triage("TF400813", flows).matches).toEqual([]);
  });
});
