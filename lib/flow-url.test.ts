import { describe, expect, it } from "vitest";
import { decodeSegments, droppedParams, flowHref, readNotice } from "./flow-url";
import { isAnswerId } from "./replay";

describe("flow URLs", () => {
  it("puts the flow and each answer in a path segment", () => {
    expect(flowHref("pat-not-authorized", [])).toBe("/pat-not-authorized");
    expect(flowHref("pat-not-authorized", ["services", "not-authorized"])).toBe(
      "/pat-not-authorized/services/not-authorized",
    );
  });

  it("round-trips through the path segments a route receives", () => {
    const href = flowHref("f", ["a b", "c/d", "ü"]);
    const segments = href.split("/").slice(2);
    expect(decodeSegments(segments)).toEqual(["a b", "c/d", "ü"]);
  });

  it("keeps a malformed escape as it is instead of throwing", () => {
    expect(decodeSegments(["%E0%A4%A", "ok"])).toEqual(["%E0%A4%A", "ok"]);
    expect(decodeSegments(undefined)).toEqual([]);
  });

  it("carries only an id-shaped dropped answer into the notice", () => {
    expect(droppedParams(["old-answer", "x"], isAnswerId)).toEqual({
      dropped: "2",
      first: "old-answer",
    });
    const token = "x".repeat(52);
    expect(droppedParams([token], isAnswerId)).toEqual({ dropped: "1" });
  });

  it("reads a notice back, ignoring nonsense", () => {
    expect(readNotice({ dropped: "2", first: "old-answer" }, isAnswerId)).toEqual({
      count: 2,
      first: "old-answer",
    });
    expect(readNotice({ dropped: "1", first: "<script>" }, isAnswerId)).toEqual({
      count: 1,
      first: null,
    });
    expect(readNotice({ dropped: "zero" }, isAnswerId)).toBeNull();
    expect(readNotice({}, isAnswerId)).toBeNull();
  });
});
