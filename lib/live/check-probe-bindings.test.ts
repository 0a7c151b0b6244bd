import { setup } from "xstate";
import { describe, expect, it } from "vitest";
import { flowEntries } from "@/content/registry";
import type { AnswerMap, ProbeBinding } from "./binding";
import { checkProbeBindings } from "./check-probe-bindings";
import { type FindingOf, probePanel } from "./reader-catalog";

// oauth-401's policy question after "already-on" was renamed, as a machine edit would leave it.
const renamed = setup({
  types: {
    events: {} as
      | { type: "answer.was-off" }
      | { type: "answer.was-already-on" }
      | { type: "answer.turned-off" },
  },
}).createMachine({
  id: "oauth-401",
  initial: "oauthPolicy",
  states: {
    oauthPolicy: { on: { "answer.was-off": "done", "answer.was-already-on": "conditionalAccess" } },
    conditionalAccess: { on: { "answer.turned-off": "done" } },
    done: { type: "final" },
  },
});

const FILE = "content/oauth-401/probes.ts";
const policy = (answers: AnswerMap<FindingOf<"ado-policy">, string>): ProbeBinding<string> => ({
  reader: "ado-policy",
  params: { policy: "Policy.DisallowOAuthAuthentication", label: "OAuth" },
  answers,
});

describe("checkProbeBindings", () => {
  it("finds every flow's bindings bound to answers their very state takes", () => {
    for (const entry of flowEntries)
      expect(
        checkProbeBindings(entry.id, entry.machine, entry.probes, `content/${entry.id}/probes.ts`),
      ).toEqual([]);
  });

  it("names an answer the machine renamed", () => {
    const probes = { oauthPolicy: policy({ on: "already-on", off: null }) };
    expect(checkProbeBindings("oauth-401", renamed, probes, FILE)).toEqual([
      `${FILE}: state "oauthPolicy" binds answer "already-on", which that state does not take`,
    ]);
  });

  it("names an answer of another state, and a state the machine does not have", () => {
    const probes = {
      oauthPolicy: policy({ on: "was-already-on", off: "turned-off" }),
      directory: policy({ on: "was-off", off: "was-off" }),
    };
    expect(checkProbeBindings("oauth-401", renamed, probes, FILE)).toEqual([
      `${FILE}: state "oauthPolicy" binds answer "turned-off", which that state does not take`,
      `${FILE}: state "directory" is not a state of oauth-401`,
    ]);
  });

  it("names readers and findings that lib/live does not have", () => {
    // Bindings that reached the checker around the types, as from a hand-edited cast.
    const probes = {
      oauthPolicy: { reader: "ado-policies", answers: {} } as unknown as ProbeBinding<string>,
      conditionalAccess: policy({ on: "turned-off", maybe: "turned-off" } as never),
    };
    expect(checkProbeBindings("oauth-401", renamed, probes, FILE)).toEqual([
      `${FILE}: state "oauthPolicy" uses reader "ado-policies", which lib/live does not have`,
      `${FILE}: state "conditionalAccess" says nothing for finding "off" of reader "ado-policy"`,
      `${FILE}: state "conditionalAccess" maps "maybe", which reader "ado-policy" never finds`,
    ]);
  });

  it("gives each bound state a panel the browser can show before any reader loads", () => {
    for (const entry of flowEntries)
      for (const binding of Object.values(entry.probes)) {
        if (!binding) continue;
        const panel = probePanel(binding.reader);
        expect(() => new RegExp(panel.input.pattern)).not.toThrow();
        // Props from the server must survive serialisation to the browser unchanged.
        expect(JSON.parse(JSON.stringify({ binding, panel }))).toEqual({ binding, panel });
      }
  });
});
