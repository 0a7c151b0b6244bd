import type { FlowDefinition } from "@/lib/flow-definition";
import type { oauth401Machine } from "@/machines/oauth-401";

/**
 * Questions of this flow that the organization's own settings can answer. A finding bound to
 * null answers nothing: the step's `live:` words say what to do instead.
 */
export const probes: FlowDefinition<typeof oauth401Machine>["probes"] = {
  directory: {
    reader: "ado-directory",
    answers: { "entra-tenant": "entra", "microsoft-accounts": "no-entra" },
  },
  oauthPolicy: {
    reader: "ado-policy",
    // The data provider names the toggle by what it disallows and inverts its value for us.
    params: {
      policy: "Policy.DisallowOAuthAuthentication",
      label: "Third-party application access via OAuth",
    },
    answers: {
      on: "already-on",
      off: null,
    },
  },
  conditionalAccess: {
    reader: "ado-policy",
    params: {
      policy: "Policy.EnforceAADConditionalAccess",
      label: "Enable IP Conditional Access policy validation on non-interactive flows",
    },
    answers: {
      off: "turned-off",
      on: null,
    },
  },
};
