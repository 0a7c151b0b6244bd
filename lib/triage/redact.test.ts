import { describe, expect, it } from "vitest";
import { FAKE_BASIC, FAKE_ENTRA_SECRET, FAKE_JWT, FAKE_PAT, FAKE_PAT_NEW } from "./fakes";
import { marker, redact } from "./redact";

const STACK = `2026-11-20 10:00:01,123 ERROR [c.b.j.g.rest.exceptionmappers.WrappedIntegrationAPIExceptionMapper] Rest API has thrown exception.
com.bigbrassband.jira.git.exceptions.external.WrappedMicrosoftAPIException: External service error
at com.bigbrassband.jira.git.services.integration.microsoft.MicrosoftApi.getRepositoriesMS(MicrosoftApi.java:134)`;

describe("redact", () => {
  it.each([
    ["a classic Azure DevOps PAT", `token ${FAKE_PAT} used`, "Azure DevOps personal access token"],
    ["a newer Azure DevOps PAT", `pat=${FAKE_PAT_NEW}`, "Azure DevOps personal access token"],
    ["an Entra client secret value", `Client secret: ${FAKE_ENTRA_SECRET}`, "Entra client secret"],
    ["a JWT", `got ${FAKE_JWT} back`, "JSON Web Token"],
    ["an Authorization: Bearer header", `Authorization: Bearer ${"x".repeat(40)}`, "bearer token"],
    ["an Authorization: Basic header", `Authorization: Basic ${FAKE_BASIC}`, "Basic credentials"],
    [
      "a password in a URL",
      "https://jira-admin:hunter2-not-real@dev.azure.com/org",
      "password in a URL",
    ],
    [
      "curl -u user:token",
      `curl -u :${"abc123".repeat(4)} https://dev.azure.com`,
      "credentials after -u",
    ],
    ["a JSON client_secret", `{"client_secret": "not-a-real-secret-value"}`, "secret value"],
    ["a password= pair", "password=correct-horse-battery", "secret value"],
  ])("removes %s and says what it removed", (_name, input, kind) => {
    const { text, redactions } = redact(input);
    expect(text).toContain(marker(kind as Parameters<typeof marker>[0]));
    expect(redactions.map((r) => r.kind)).toContain(kind);
    for (const secret of [
      FAKE_PAT,
      FAKE_PAT_NEW,
      FAKE_ENTRA_SECRET,
      FAKE_JWT,
      FAKE_BASIC,
      "hunter2-not-real",
      "correct-horse-battery",
      "not-a-real-secret-value",
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it("finds secrets inside long stack traces, URLs and JSON", () => {
    const log = [
      STACK,
      `Caused by: RequestException: Microsoft https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=1.0 Unauthorized (401) pat=${FAKE_PAT}`,
      `request: {"headers":{"Authorization":"Basic ${FAKE_BASIC}"},"token":"${FAKE_JWT}"}`,
      `redirect https://example.test/cb?code=abc&client_secret=${FAKE_ENTRA_SECRET}&state=1`,
      STACK.repeat(200),
    ].join("\n");
    const { text } = redact(log);
    for (const secret of [FAKE_PAT, FAKE_BASIC, FAKE_JWT, FAKE_ENTRA_SECRET])
      expect(text).not.toContain(secret);
    expect(text).toContain("profiles/me?api-version=1.0 Unauthorized (401)");
    expect(text).toContain("WrappedMicrosoftAPIException");
  });

  it("leaves ordinary words, ids and hosts alone", () => {
    const plain = [
      "Exchange Online turned off basic authentication for IMAP.",
      "The bearer token expired.",
      "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent is the client secret value, not the client secret ID",
      "Trace ID: 3c1e9a0b-1111-2222-3333-444455556666 at https://login.microsoftonline.com/common/oauth2/v2.0/token",
      "the Secret ID is not the password",
    ].join("\n");
    expect(redact(plain)).toEqual({ text: plain, redactions: [] });
  });

  it("handles input built to make a backtracking matcher stall (throughput: npm run bench)", () => {
    expect(redact("eyJ".repeat(100_000)).redactions).toEqual([]);
    expect(redact("://a:".repeat(50_000)).redactions).toEqual([]);
    expect(redact("password=".repeat(50_000)).redactions.length).toBe(1);
    expect(redact(`Bearer ${"Bearer ".repeat(50_000)}`).redactions).toEqual([]);
  });
});
