import { describe, expect, it } from "vitest";
import { getFlow } from "@/content/flows";
import { probes } from "@/content/oauth-401/probes";
import type { ProbeBinding } from "./binding";
import type { ReaderContext } from "./reader-context";
import { runBinding } from "./run-binding";
import { type Reply, http, replying, sources } from "./test-context";

const POLICIES = "ms.vss-admin-web.organization-policies-data-provider";

// The data provider's shape, as research/azure-apis.md records it (Disallow* arrives inverted).
function policiesBody(oauthAllowed: boolean, conditionalAccess: boolean) {
  const policy = (name: string, effectiveValue: boolean, value: boolean) => ({
    policy: { name, value, effectiveValue },
  });
  return {
    fps: {
      dataProviders: {
        data: {
          [POLICIES]: {
            policies: {
              applicationConnection: [
                policy("Policy.DisallowOAuthAuthentication", oauthAllowed, !oauthAllowed),
              ],
              security: [
                policy("Policy.EnforceAADConditionalAccess", conditionalAccess, conditionalAccess),
              ],
            },
          },
        },
      },
    },
  };
}

const bound = (state: keyof typeof probes): ProbeBinding<string> => probes[state]!;
/** As the product runs it: with the step's own words for findings that answer nothing. */
const read = (state: keyof typeof probes, input: string, reply: Reply) =>
  runBinding(
    bound(state),
    replying(input, reply),
    getFlow("oauth-401")!.content.steps[state]!.live,
  );

describe("oauth-401 bindings", () => {
  it("read whether the organization is backed by Entra ID from X-VSS-ResourceTenant", async () => {
    const tenant = (id: string) => http(200, {}, { "x-vss-resourcetenant": id });
    expect(
      await read("directory", "contoso", tenant("6f1a0000-0000-4000-8000-00000000c0de")),
    ).toMatchObject({
      ok: true,
      answer: "entra",
      evidence: {
        read: "Directory",
        from: "Azure DevOps connection data of contoso",
        value: "a Microsoft Entra ID tenant",
        at: "2026-11-20T12:00:00.000Z",
      },
    });
    expect(
      await read("directory", "contoso", tenant("00000000-0000-0000-0000-000000000000")),
    ).toMatchObject({
      ok: true,
      answer: "no-entra",
      evidence: { value: "Microsoft accounts only" },
    });
    expect(await read("directory", "contoso", tenant(""))).toMatchObject({
      ok: false,
      reason: "not-found",
      message: "Azure DevOps did not say which directory backs it.",
    });
  });

  it("read the OAuth policy the way the admin sees it, minding the inverted name", async () => {
    expect(
      await read("oauthPolicy", "contoso", http(200, policiesBody(true, false))),
    ).toMatchObject({
      ok: true,
      answer: "already-on",
      evidence: { read: "Third-party application access via OAuth", value: "On" },
    });
    expect(await read("oauthPolicy", "policy-off", http(200, policiesBody(false, false)))).toEqual({
      ok: false,
      reason: "needs-action",
      message:
        "Third-party application access via OAuth is Off in policy-off: turn it on as below, then answer.",
    });
  });

  it("read IP Conditional Access policy validation", async () => {
    expect(
      await read("conditionalAccess", "c", http(200, policiesBody(true, false))),
    ).toMatchObject({ ok: true, answer: "turned-off", evidence: { value: "Off" } });
    expect(await read("conditionalAccess", "ca-on", http(200, policiesBody(true, true)))).toEqual({
      ok: false,
      reason: "needs-action",
      message:
        "IP Conditional Access policy validation is still On in ca-on: set it to Off as below, or answer why it must stay on.",
    });
  });

  it("turn failures into reasons, never answers", async () => {
    expect(await read("oauthPolicy", "c", http(403))).toEqual({
      ok: false,
      reason: "not-permitted",
      message: "You may not read the policies of c (HTTP 403).",
    });
    expect(await read("oauthPolicy", "c", http(401))).toMatchObject({ reason: "not-permitted" });
    expect(await read("directory", "c", http(404))).toMatchObject({
      reason: "not-found",
      message: "the organization c was not found (HTTP 404).",
    });
    expect(await read("directory", "c", http(504))).toMatchObject({ reason: "timeout" });
    expect(await read("directory", "c", http(502))).toMatchObject({ reason: "network" });
    expect(await read("oauthPolicy", "c", http(200, { fps: {} }))).toEqual({
      ok: false,
      reason: "not-found",
      message:
        "The organization's settings did not include “Third-party application access via OAuth”.",
    });
    const blocked: Reply = { ok: false, reason: "network", message: "blocked" };
    expect(await read("directory", "c", blocked)).toBe(blocked);
  });

  it("refuse a policies body in a form it does not recognise", async () => {
    const policies = (value: unknown) => ({
      fps: { dataProviders: { data: { [POLICIES]: { policies: value } } } },
    });
    for (const body of [null, "<html>", [], policies({ security: "On" }), policies([1])]) {
      expect(await read("oauthPolicy", "c", http(200, body)), JSON.stringify(body)).toEqual({
        ok: false,
        reason: "unrecognised",
        message:
          "Azure DevOps answered in a form we do not recognise when asked for the policies of c.",
      });
    }
    // A toggle that is not a boolean is not read as one: the settings did not include it.
    const odd = policies({
      security: [{ policy: { name: "Policy.DisallowOAuthAuthentication" } }],
    });
    expect(await read("oauthPolicy", "c", http(200, odd))).toMatchObject({ reason: "not-found" });
  });

  it("send no input that does not look like an organization", async () => {
    let called = false;
    const ctx: ReaderContext = sources("../evil", {
      ado: async () => {
        called = true;
        return http(200, policiesBody(true, false));
      },
    });
    expect(await runBinding(bound("oauthPolicy"), ctx)).toMatchObject({ ok: false });
    expect(called).toBe(false);
  });
});
