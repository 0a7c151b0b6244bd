import type { FlowDefinition } from "@/lib/flow-definition";
import type { patNotAuthorizedMachine } from "@/machines/pat-not-authorized";

/**
 * Questions of this flow that the person's own settings can answer. The token's row is one
 * question, so one read answers it: the first problem found, in the order the question lists.
 */
export const probes: FlowDefinition<typeof patNotAuthorizedMachine>["probes"] = {
  tokenOrganization: {
    reader: "jira-token-check",
    answers: {
      expired: "expired-or-revoked",
      revoked: "expired-or-revoked",
      scoped: "one-organization",
      "no-code-scope": "no-code-scope",
      fine: "all-organizations",
    },
  },
};
