import { type AnyStateMachine, createMachine } from "xstate";
import { describe, expect, it } from "vitest";
import { rules as patRules } from "@/content/pat-not-authorized/triage";
import { GLOBAL_PAT_RETIREMENT, patNotAuthorizedMachine } from "@/machines/pat-not-authorized";
import { checkRules } from "./check-rules";
import { readRuleFiles } from "./read-rule-files";
import type { RuleDefinition } from "./rule-types";

const rule = (id: string, answers: string[]): RuleDefinition<string> => ({
  id,
  kind: "code",
  signatures: ["e1234"],
  answers,
  weight: 1,
  source: "a test",
  examples: { match: [], nearMiss: [] },
});

/** A tiny flow whose "symptom" state renamed its answer not-authorized to not-authorised. */
const fixture = createMachine({
  id: "fixture",
  initial: "hosting",
  states: {
    hosting: { on: { "answer.services": "symptom" } },
    symptom: { on: { "answer.not-authorised": "done", "answer.other-error": "done" } },
    done: { type: "final", tags: ["resolved"] },
  },
});

/** A real machine with one answer renamed, the way a careless edit to its file would. */
function renameAnswer(machine: AnyStateMachine, from: string, to: string): AnyStateMachine {
  const states = Object.fromEntries(
    Object.entries(machine.config.states ?? {}).map(([id, node]) => [
      id,
      {
        ...node,
        on: Object.fromEntries(
          Object.entries(node.on ?? {}).map(([type, target]) => [
            type === `answer.${from}` ? `answer.${to}` : type,
            target,
          ]),
        ),
      },
    ]),
  );
  return createMachine({ ...machine.config, states }, machine.implementations);
}

describe("checkRules", () => {
  it("accepts rules whose answers replay", () => {
    const rules = [rule("a", ["services", "not-authorised"]), rule("b", [])];
    expect(checkRules("fixture", fixture, rules, "content/fixture/triage.ts")).toEqual([]);
  });

  it("names the rule, its answers and the state that does not take the renamed answer", () => {
    const rules = [rule("profile-api-401", ["services", "not-authorized"])];
    expect(checkRules("fixture", fixture, rules, "content/fixture/triage.ts")).toEqual([
      'content/fixture/triage.ts: rule "profile-api-401" answers services → not-authorized: "not-authorized" is not an answer of state "symptom" (it takes: not-authorised, other-error)',
    ]);
  });

  it("points at the file and line that declare the rule when the rules are split", () => {
    const files = [
      { path: "content/fixture/triage.ts", text: "export const rules = [...a, ...b];\n" },
      { path: "content/fixture/triage/a.ts", text: 'export const a = [\n  {\n    id: "ok",\n' },
      {
        path: "content/fixture/triage/b.ts",
        text: '[\n  {\n    id: "other",\n  },\n  {\n    id: "stale",\n',
      },
    ];
    const rules = [rule("ok", ["services"]), rule("stale", ["services", "not-authorized"])];
    const errors = checkRules("fixture", fixture, rules, files);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/fixture\/triage\/b\.ts:6: rule "stale" answers /);
  });

  it("says when answers go past an outcome, and when an id is taken twice", () => {
    const rules = [rule("x", ["services", "other-error", "services"]), rule("x", [])];
    expect(checkRules("fixture", fixture, rules, "f.ts")).toEqual([
      'f.ts: rule "x" answers services → other-error → services: "services" comes after the outcome "done"',
      'f.ts: rule "x" is declared twice',
    ]);
  });

  it("says when a state lists the answer but its guard refuses it at every clock", () => {
    const guarded = createMachine({
      id: "guarded",
      initial: "ask",
      states: {
        ask: {
          on: { "answer.later": { guard: () => false, target: "done" }, "answer.now": "done" },
        },
        done: { type: "final", tags: ["resolved"] },
      },
    });
    expect(checkRules("guarded", guarded, [rule("r", ["later"])], "f.ts")).toEqual([
      'f.ts: rule "r" answers later: state "ask" takes "later" on no date tested (it takes: now)',
    ]);
  });

  it("accepts an answer a guard allows only before a date edge, if the edges are given", () => {
    const rules = [rule("r", ["services", "not-authorized", "all-organizations"])];
    const check = (edges: string[]) =>
      checkRules("pat-not-authorized", patNotAuthorizedMachine, rules, "f.ts", edges);
    expect(check([GLOBAL_PAT_RETIREMENT])).toEqual([]);
    expect(check(["2026-06-01T00:00:00Z", GLOBAL_PAT_RETIREMENT])).toEqual([]);
    expect(check(["2027-06-01T00:00:00Z"])).toEqual([
      'f.ts: rule "r" answers services → not-authorized → all-organizations: "all-organizations" is not an answer of state "globalPatsRetired" (it takes: jira-cloud, data-center)',
    ]);
  });

  it("catches a real flow's rules stranded by an answer renamed in its machine", () => {
    const renamed = renameAnswer(patNotAuthorizedMachine, "not-authorized", "not-authorised");
    const files = readRuleFiles(process.cwd(), "pat-not-authorized");
    const errors = checkRules("pat-not-authorized", renamed, patRules, files, [
      GLOBAL_PAT_RETIREMENT,
    ]);
    const file = files.find((f) => f.text.includes('id: "profile-api-401"'))!;
    const line = file.text.split("\n").indexOf('    id: "profile-api-401",') + 1;
    expect(errors).toContain(
      `${file.path}:${line}: rule "profile-api-401" answers services → not-authorized: "not-authorized" is not an answer of state "symptom" (it takes: not-authorised, token-expired, conditional-access, something-else)`,
    );
    expect(errors.length).toBe(patRules.filter((r) => r.answers.includes("not-authorized")).length);
  });
});
