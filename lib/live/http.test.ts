import { describe, expect, it } from "vitest";
import { unwrapProxied } from "./http";
import { http } from "./test-context";

describe("unwrapProxied", () => {
  it("hands on Azure DevOps's own answer from the proxy's envelope", () => {
    const inner = { status: 403, headers: { "x-vss-resourcetenant": "" }, body: { message: "no" } };
    expect(unwrapProxied(http(200, inner))).toEqual({ ok: true, ...inner });
  });

  it("refuses an envelope it does not recognise, and a refusal by the proxy itself", () => {
    for (const body of [null, {}, { status: "200", headers: {} }, { status: 200, headers: [1] }])
      expect(unwrapProxied(http(200, body)), JSON.stringify(body)).toEqual({
        ok: false,
        reason: "unrecognised",
        message:
          "The Azure DevOps proxy answered in a form we do not recognise when asked for a route of the organization.",
      });
    expect(unwrapProxied(http(400, { error: "Not an allowed target." }))).toMatchObject({
      ok: false,
      reason: "network",
    });
    const timeout = { ok: false, reason: "timeout", message: "The read took too long." } as const;
    expect(unwrapProxied(timeout)).toBe(timeout);
  });
});
