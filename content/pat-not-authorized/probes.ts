import type { FlowDefinition } from "@/lib/flow-definition";
import type { patNotAuthorizedMachine } from "@/machines/pat-not-authorized";

/** Questions of this flow that the organization's own settings can answer. */
export const probes: FlowDefinition<typeof patNotAuthorizedMachine>["probes"] = {
  tokenOrganization: {
    reader: "token-organization",
    answers: { global: "all-organizations", scoped: "one-organization" },
  },
  tokenScope: {
    reader: "token-scope",
    answers: {
      "all-scopes": "full-access",
      "code-write": "code-read-write",
      "code-read-only": "code-read",
      other: "other-scopes",
    },
  },
  tokenStatus: {
    reader: "token-status",
    answers: {
      "status-active": "active",
      "status-expired": "expired",
      "status-revoked": "inactive",
    },
  },
};
