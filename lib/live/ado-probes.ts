import {
  type Evidence,
  type Probe,
  type ProbeContext,
  type ProbeResult,
  evidence,
  failureOf,
  isFailure,
} from "./probe-types";

const POLICIES = "ms.vss-admin-web.organization-policies-data-provider";
const ZERO_TENANT = "00000000-0000-0000-0000-000000000000";
export const ORGANIZATION = /^[A-Za-z0-9][A-Za-z0-9-]{0,49}$/;

type Policy = { policy?: { name?: string; effectiveValue?: unknown } };

/** The toggle as an admin sees it in Organization settings › Policies (the data provider inverts Disallow*). */
export function policyToggle(body: unknown, name: string): boolean | null {
  const data = (
    body as {
      fps?: { dataProviders?: { data?: Record<string, { policies?: Record<string, Policy[]> }> } };
    }
  )?.fps?.dataProviders?.data?.[POLICIES]?.policies;
  if (!data) return null;
  for (const group of Object.values(data)) {
    const found = group.find((p) => p.policy?.name === name);
    if (found && typeof found.policy?.effectiveValue === "boolean")
      return found.policy.effectiveValue;
  }
  return null;
}

export const organizationInput = {
  label: "Azure DevOps organization",
  hint: "The name in https://dev.azure.com/<name>",
  pattern: ORGANIZATION,
};

type PolicyRead = { on: boolean; evidence: Evidence } | ProbeResult;

async function readPolicy(ctx: ProbeContext, name: string, label: string): Promise<PolicyRead> {
  const response = await ctx.ado("policies", true);
  if (isFailure(response)) return response;
  const failure = failureOf(response, `the policies of ${ctx.input}`);
  if (failure) return failure;
  const on = policyToggle(response.body, name);
  if (on === null)
    return {
      status: "unknown",
      reason: "not-found",
      message: `The organization's settings did not include “${label}”.`,
    };
  return {
    on,
    evidence: evidence(
      ctx,
      label,
      `Organization settings › Policies of ${ctx.input}`,
      on ? "On" : "Off",
    ),
  };
}

/** A policy probe: the answer when the toggle is as the fix wants it, else what to do about it. */
function policyProbe(options: {
  state: string;
  policy: string;
  label: string;
  wanted: boolean;
  answer: string;
  action: (organization: string) => string;
}): Probe {
  return {
    id: `ado-${options.state}`,
    flow: "oauth-401",
    state: options.state,
    input: organizationInput,
    needsSignIn: true,
    reads: "Organization settings › Policies (Azure DevOps, your sign-in)",
    run: async (ctx) => {
      const read = await readPolicy(ctx, options.policy, options.label);
      if ("status" in read) return read;
      if (read.on !== options.wanted)
        return { status: "unknown", reason: "needs-action", message: options.action(ctx.input) };
      return { status: "known", answer: options.answer, evidence: read.evidence };
    },
  };
}

export const adoProbes: Probe[] = [
  {
    id: "ado-directory",
    flow: "oauth-401",
    state: "directory",
    input: organizationInput,
    needsSignIn: false,
    reads: "the directory your organization is connected to (public, no sign-in needed)",
    run: async (ctx) => {
      const response = await ctx.ado("connection-data", false);
      if (isFailure(response)) return response;
      const failure = failureOf(response, `the organization ${ctx.input}`);
      if (failure) return failure;
      const tenant = response.headers["x-vss-resourcetenant"];
      if (!tenant)
        return {
          status: "unknown",
          reason: "not-found",
          message: "Azure DevOps did not say which directory backs it.",
        };
      const entra = tenant !== ZERO_TENANT;
      return {
        status: "known",
        answer: entra ? "entra" : "no-entra",
        evidence: evidence(
          ctx,
          "Directory",
          `Azure DevOps connection data of ${ctx.input}`,
          entra ? "a Microsoft Entra ID tenant" : "Microsoft accounts only",
        ),
      };
    },
  },
  policyProbe({
    state: "oauthPolicy",
    policy: "Policy.DisallowOAuthAuthentication",
    label: "Third-party application access via OAuth",
    wanted: true,
    answer: "already-on",
    action: (org) =>
      `Third-party application access via OAuth is Off in ${org}: turn it on as below, then answer.`,
  }),
  policyProbe({
    state: "conditionalAccess",
    policy: "Policy.EnforceAADConditionalAccess",
    label: "Enable IP Conditional Access policy validation",
    wanted: false,
    answer: "turned-off",
    action: (org) =>
      `IP Conditional Access policy validation is still On in ${org}: set it to Off as below, or answer why it must stay on.`,
  }),
];
