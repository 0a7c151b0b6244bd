import { describe, expect, it } from "vitest";
import { undecodableTail } from "./path-guard";

describe("undecodableTail", () => {
  it("passes paths that decode", () => {
    expect(undecodableTail("/pat-not-authorized/services")).toBeNull();
    expect(undecodableTail("/a%20b/%C3%BC")).toBeNull();
  });

  it("cuts at the first segment that does not decode", () => {
    expect(undecodableTail("/pat-not-authorized/services/%E0%A4%A/x")).toEqual({
      keep: "/pat-not-authorized/services",
      dropped: 2,
    });
    expect(undecodableTail("/%zz")).toEqual({ keep: "", dropped: 1 });
  });
});
