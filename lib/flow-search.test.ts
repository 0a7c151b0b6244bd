import { describe, expect, it } from "vitest";
import { flows } from "@/content/flows";
import { queryWords, searchFlows } from "./flow-search";

const ids = (query: string) => searchFlows(flows, query).map((hit) => hit.flow.id);

describe("searchFlows", () => {
  it.each([
    ["AADSTS7000215", "jira-mail-oauth"],
    ["profiles/me Unauthorized (401)", "pat-not-authorized"],
    ["Third-party application access via OAuth", "oauth-401"],
    ["OAuth connection error", "oauth-401"],
    ["Manage authorizations revoke", "manage-authorizations"],
    ["Azure DevOps OAuth deprecated", "entra-oidc-migration"],
    ["client secret Secret ID", "jira-mail-oauth"],
    ["personal access token not authorized", "pat-not-authorized"],
    ["AADSTS650057", "entra-oidc-migration"],
  ])("finds %s in %s first", (query, flowId) => {
    expect(ids(query)[0]).toBe(flowId);
  });

  it("needs every word to match", () => {
    expect(ids("AADSTS7000215 printer")).toEqual([]);
  });

  it("says where each word matched", () => {
    const [hit] = searchFlows(flows, "AADSTS7000215 Skype");
    expect(hit?.matches.map((m) => m.word)).toEqual(["aadsts7000215", "skype"]);
    expect(hit?.matches[0]?.where).toBe("the guide's description");
    expect(hit?.matches[1]?.where).toMatch(/^the step “/);
  });

  it("finds nothing for an empty or punctuation-only query", () => {
    expect(ids("")).toEqual([]);
    expect(ids("  ?! ")).toEqual([]);
  });
});

describe("queryWords", () => {
  it("keeps codes, hosts and paths whole, lowercased, once", () => {
    expect(queryWords("TF400813 at app.vssps.visualstudio.com/_apis, TF400813.")).toEqual([
      "tf400813",
      "at",
      "app.vssps.visualstudio.com/_apis",
    ]);
  });

  it("reads only the first 200 characters", () => {
    expect(queryWords(`${"a".repeat(199)} secret`)).toEqual(["a".repeat(199)]);
  });
});
