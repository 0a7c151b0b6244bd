import type { AnyStateMachine } from "xstate";
import type { FlowContent, Figure, StepContent } from "@/lib/content-types";
import { GLOBAL_PAT_RETIREMENT, patNotAuthorizedMachine } from "@/machines/pat-not-authorized";
import { patNotAuthorizedContent } from "./pat-not-authorized";

/** A flow with its content's types erased, for code that serves every flow alike. */
export type Flow = {
  id: string;
  /** Bumped when a machine change stops old answer paths from replaying. */
  version: number;
  /** Dates where the flow's advice changes: tests replay every path on both sides of each. */
  dateEdges: readonly string[];
  machine: AnyStateMachine;
  content: Omit<FlowContent<AnyStateMachine>, "steps" | "figures"> & {
    steps: Record<string, StepContent<string>>;
    figures: Record<string, Figure>;
  };
};

function defineFlow<TMachine extends AnyStateMachine>(flow: {
  version: number;
  dateEdges: readonly string[];
  machine: TMachine;
  content: FlowContent<TMachine>;
}): Flow {
  return { id: flow.machine.id, ...flow };
}

export const flows: readonly Flow[] = [
  defineFlow({
    version: 1,
    dateEdges: [GLOBAL_PAT_RETIREMENT],
    machine: patNotAuthorizedMachine, content: patNotAuthorizedContent,
  }),
];

const byId = new Map(flows.map((flow) => [flow.id, flow]));

export function getFlow(id: string): Flow | undefined {
  return byId.get(id);
}
