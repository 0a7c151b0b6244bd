import { describe, expect, it } from "vitest";
import { proxyTarget } from "./proxy-targets";

const cloud = { ado: "https://dev.azure.com", vssps: "https://vssps.dev.azure.com" };

describe("proxy targets", () => {
  it("builds the fixed routes of one organization on the configured host", () => {
    expect(proxyTarget(cloud, "contoso", "policies")?.href).toBe(
      "https://dev.azure.com/contoso/_settings/organizationPolicy?__rt=fps&__ver=2",
    );
    const mock = { ado: "http://127.0.0.1:4000/ado", vssps: "http://127.0.0.1:4000/vssps" };
    expect(proxyTarget(mock, "contoso", "connection-data")?.href).toBe(
      "http://127.0.0.1:4000/ado/contoso/_apis/connectionData",
    );
    expect(proxyTarget(cloud, "contoso", "pats-expired")?.href).toBe(
      "https://vssps.dev.azure.com/contoso/_apis/tokens/pats?displayFilterOption=expired&api-version=7.1-preview.1",
    );
  });

  it("refuses any other route or organization shape", () => {
    expect(proxyTarget(cloud, "contoso", "tokens")).toBeNull();
    expect(proxyTarget(cloud, "contoso", "toString")).toBeNull();
    expect(proxyTarget(cloud, "contoso", "__proto__")).toBeNull();
    expect(proxyTarget(cloud, "../evil", "policies")).toBeNull();
    expect(proxyTarget(cloud, "evil.test@x", "policies")).toBeNull();
    expect(proxyTarget(cloud, "a/b", "policies")).toBeNull();
    expect(proxyTarget(cloud, "", "policies")).toBeNull();
  });
});
