import { describe, expect, it } from "vitest";
import { proxyTarget } from "./proxy-targets";

describe("proxy targets", () => {
  it("builds the fixed routes of one organization on the configured host", () => {
    expect(proxyTarget("https://dev.azure.com", "contoso", "policies")?.href).toBe(
      "https://dev.azure.com/contoso/_settings/organizationPolicy?__rt=fps&__ver=2",
    );
    expect(proxyTarget("http://127.0.0.1:4000/ado", "contoso", "connection-data")?.href).toBe(
      "http://127.0.0.1:4000/ado/contoso/_apis/connectionData",
    );
  });

  it("refuses any other route or organization shape", () => {
    expect(proxyTarget("https://dev.azure.com", "contoso", "tokens")).toBeNull();
    expect(proxyTarget("https://dev.azure.com", "contoso", "__proto__")).toBeNull();
    expect(proxyTarget("https://dev.azure.com", "../evil", "policies")).toBeNull();
    expect(proxyTarget("https://dev.azure.com", "evil.test@x", "policies")).toBeNull();
    expect(proxyTarget("https://dev.azure.com", "a/b", "policies")).toBeNull();
    expect(proxyTarget("https://dev.azure.com", "", "policies")).toBeNull();
  });
});
