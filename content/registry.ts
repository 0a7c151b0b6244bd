import type { AnyStateMachine } from "xstate";
import type { Flow, FlowContent } from "@/lib/content-types";

export type { Flow };
import { GLOBAL_PAT_RETIREMENT, patNotAuthorizedMachine } from "@/machines/pat-not-authorized";
import { patNotAuthorizedContent } from "./pat-not-authorized";

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
    machine: patNotAuthorizedMachine,
    content: patNotAuthorizedContent,
  }),
];

const byId = new Map(flows.map((flow) => [flow.id, flow]));

export function getFlow(id: string): Flow | undefined {
  return byId.get(id);
}
