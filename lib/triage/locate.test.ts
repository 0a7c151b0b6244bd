import { describe, expect, it } from "vitest";
import { flowEntries } from "@/content/registry";
import { triageFlows } from "@/content/triage-index";
import { locate } from "./locate";

const before = Date.parse("2026-11-20T12:00:00Z");
const after = Date.parse("2026-12-02T12:00:00Z");

describe("locate", () => {
  it("knows every registered flow's machine and rules", () => {
    expect(triageFlows).toEqual(
      flowEntries.map(({ id, machine, rules }) => ({ id, machine, rules })),
    );
  });

  it("builds the step URL with the answers marked as from the paste", () => {
    const located = locate(
      "https://app.vssps.visualstudio.com/_apis/profile/profiles/me Unauthorized (401)",
      triageFlows,
      before,
    );
    expect(located.href).toBe(
      "/pat-not-authorized/services/not-authorized?paste=profile-api-401%7E0&n=2",
    );
  });

  it("keeps only the answers the flow takes on the day", () => {
    const text = "Request returned status: 401 Unauthorized with Custom defined scopes";
    expect(locate(text, triageFlows, before).path).toEqual([
      "services",
      "not-authorized",
      "no-code-scope",
    ]);
    expect(locate(text, triageFlows, after).path).toEqual(["services", "not-authorized"]);
  });

  it("has no URL when nothing matches", () => {
    expect(locate("all good", triageFlows, before).href).toBeNull();
  });

  it("routes only among the flows it is given", () => {
    const flows = triageFlows.filter((flow) => flow.id !== "pat-not-authorized");
    const located = locate("_apis/profile/profiles/me Unauthorized (401)", flows, before);
    expect(located).toMatchObject({ flow: null, href: null });
  });
});
