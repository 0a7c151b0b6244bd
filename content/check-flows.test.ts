import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type AnyStateMachine, createMachine } from "xstate";
import { checkFlow, checkFlows } from "./check-flows";
import { getFlowEntry } from "./registry";

const root = join(__dirname, "..");

/** A copy of a machine with one answer renamed, as a developer editing its file would make it. */
function renameAnswer(machine: AnyStateMachine, from: string, to: string): AnyStateMachine {
  const rename = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rename);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key === `answer.${from}` ? `answer.${to}` : key,
        rename(inner),
      ]),
    );
  };
  return createMachine(
    rename(machine.config) as typeof machine.config,
    machine.implementations as Parameters<typeof createMachine>[1],
  ) as unknown as AnyStateMachine;
}

describe("the guides against their machines", () => {
  it("find no problem in any guide", () => {
    expect(checkFlows(root)).toEqual([]);
  });

  it("name every file that uses an answer when the machine renames it", () => {
    const entry = getFlowEntry("oauth-401")!;
    const renamed = renameAnswer(entry.machine, "entra", "entra-id");
    const problems = checkFlow(root, entry, renamed);
    // The step file, by line.
    expect(problems).toContainEqual(
      'content/oauth-401/steps/directory.md:5: state "directory" takes the answer "entra-id": add it under choices',
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/oauth-401\/steps\/directory\.md:\d+: choice "entra" is not an answer of state "directory"/,
      ),
    );
    // Each triage rule that gives it, by file and line.
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/oauth-401\/triage\/conditional-access\.ts:\d+: rule "[a-z0-9-]+" answers oauth → entra: "entra" is not an answer of state "directory"/,
      ),
    );
    // The live read that answers it.
    expect(problems).toContainEqual(
      'content/oauth-401/probes.ts: state "directory" binds answer "entra", which that state does not take',
    );
  });

  it("name the step file, the rules and the binding when the machine renames a state", () => {
    const entry = getFlowEntry("oauth-401")!;
    const config = entry.machine.config as { states: Record<string, unknown> };
    const { directory, ...others } = config.states;
    const renamed = createMachine(
      JSON.parse(
        JSON.stringify({ ...config, states: { ...others, tenant: directory } }).replaceAll(
          '"directory"',
          '"tenant"',
        ),
      ),
      entry.machine.implementations as Parameters<typeof createMachine>[1],
    ) as unknown as AnyStateMachine;
    const problems = checkFlow(root, entry, renamed);
    expect(problems).toContainEqual(
      'content/oauth-401/steps/tenant.md:1: state "tenant" has no step file: create it',
    );
    expect(problems).toContainEqual(
      'content/oauth-401/steps/directory.md:1: no state "directory" in machines/oauth-401.ts: rename or delete this file',
    );
    expect(problems).toContainEqual(
      'content/oauth-401/probes.ts: state "directory" is not a state of oauth-401',
    );
  });
});
