import { describe, expect, it } from "vitest";
import { flowMachines } from "@/machines";
import { flows } from "@/content/registry";
import { locate } from "./locate";

const before = Date.parse("2026-11-20T12:00:00Z");
const after = Date.parse("2026-12-02T12:00:00Z");

describe("locate", () => {
  it("has every registered flow's machine", () => {
    for (const flow of flows) expect(flowMachines[flow.id]).toBe(flow.machine);
  });

  it("builds the step URL with the answers marked as from the paste", () => {
    const located = locate(
      "https://app.vssps.visualstudio.com/_apis/profile/profiles/me Unauthorized (401)",
      flowMachines,
      before,
    );
    expect(located.href).toBe(
      "/pat-not-authorized/services/not-authorized?paste=profile-api-401%7E0&n=2",
    );
  });

  it("keeps only the answers the flow takes on the day", () => {
    const text = "Request returned status: 401 Unauthorized with Custom defined scopes";
    expect(locate(text, flowMachines, before).path).toEqual([
      "services",
      "not-authorized",
      "all-organizations",
    ]);
    expect(locate(text, flowMachines, after).path).toEqual(["services", "not-authorized"]);
  });

  it("has no URL when nothing matches", () => {
    expect(locate("all good", flowMachines, before).href).toBeNull();
  });
});
