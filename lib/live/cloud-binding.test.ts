import { describe, expect, it } from "vitest";
import { probes } from "@/content/jira-mail-oauth/probes";
import { runBinding } from "./run-binding";
import { type Reply, http, replying, sources, testConfig } from "./test-context";

const read = (input: string, reply: Reply) => runBinding(probes.cloud!, replying(input, reply));

describe("jira-mail-oauth cloud binding", () => {
  it("reads the tenant's public OpenID configuration", async () => {
    let asked = "";
    const ctx = sources("contoso.test", {
      get: async (url) => {
        asked = url;
        return http(200, { cloud_instance_name: "microsoftonline.com" });
      },
    });
    expect(await runBinding(probes.cloud!, ctx)).toMatchObject({
      ok: true,
      answer: "commercial",
      evidence: {
        read: "Cloud",
        from: "OpenID configuration of contoso.test",
        value: "commercial",
      },
    });
    expect(asked).toBe(
      `${testConfig.loginBase}/contoso.test/v2.0/.well-known/openid-configuration`,
    );
  });

  it("tells US Government clouds from the commercial cloud", async () => {
    const gov = { tenant_region_sub_scope: "DODCON", cloud_instance_name: "microsoftonline.us" };
    expect(await read("gov.test", http(200, gov))).toMatchObject({
      ok: true,
      answer: "us-government",
      evidence: { value: "US Government (DODCON)" },
    });
    expect(
      await read("gov.test", http(200, { cloud_instance_name: "microsoftonline.us" })),
    ).toMatchObject({
      answer: "us-government",
      evidence: { value: "US Government (microsoftonline.us)" },
    });
    const gcc = { tenant_region_sub_scope: "GCC", cloud_instance_name: "microsoftonline.com" };
    expect(await read("gcc.test", http(200, gcc))).toMatchObject({
      ok: true,
      answer: "commercial",
      evidence: { value: "GCC on the commercial cloud" },
    });
    const absent = { tenant_region_sub_scope: null, cloud_instance_name: "microsoftonline.com" };
    expect(await read("contoso.test", http(200, absent))).toMatchObject({ answer: "commercial" });
  });

  it("says when no tenant answers, and passes failures on", async () => {
    expect(await read("nowhere.test", http(400))).toEqual({
      ok: false,
      reason: "not-found",
      message: "No Microsoft tenant answers for nowhere.test.",
    });
    const network: Reply = { ok: false, reason: "network", message: "blocked" };
    expect(await read("contoso.test", network)).toBe(network);
    expect(await read("contoso.test", http(504))).toMatchObject({ reason: "timeout" });
  });

  it("refuses a configuration in a form it does not recognise", async () => {
    for (const body of [null, "<html>", { cloud_instance_name: 3 }])
      expect(await read("contoso.test", http(200, body))).toEqual({
        ok: false,
        reason: "unrecognised",
        message:
          "Microsoft's sign-in service answered in a form we do not recognise when asked for the OpenID configuration of contoso.test.",
      });
  });

  it("sends no input that does not look like a domain", async () => {
    expect(await read("not a domain!", http(200, {}))).toMatchObject({ ok: false });
  });
});
