import { type Probe, evidence, failureOf, isFailure } from "./probe-types";

const DOMAIN = /^[A-Za-z0-9.-]{1,253}$/;

export const cloudProbes: Probe[] = [
  {
    id: "tenant-cloud",
    flow: "jira-mail-oauth",
    state: "cloud",
    input: {
      label: "Your Microsoft 365 domain",
      hint: "for example contoso.onmicrosoft.com",
      pattern: DOMAIN,
    },
    needsSignIn: false,
    reads: "your tenant's public OpenID configuration (no sign-in needed)",
    run: async (ctx) => {
      const url = `${ctx.config.loginBase}/${encodeURIComponent(ctx.input)}/v2.0/.well-known/openid-configuration`;
      const response = await ctx.get(url);
      if (isFailure(response)) return response;
      if (response.status === 400)
        return {
          status: "unknown",
          reason: "not-found",
          message: `No Microsoft tenant answers for ${ctx.input}.`,
        };
      const failure = failureOf(response, `the OpenID configuration of ${ctx.input}`);
      if (failure) return failure;
      const body = response.body as {
        tenant_region_sub_scope?: string;
        cloud_instance_name?: string;
      };
      const government =
        body.tenant_region_sub_scope === "DOD" ||
        body.tenant_region_sub_scope === "DODCON" ||
        body.cloud_instance_name === "microsoftonline.us";
      const value = government
        ? `US Government (${body.tenant_region_sub_scope ?? body.cloud_instance_name})`
        : body.tenant_region_sub_scope === "GCC"
          ? "GCC on the commercial cloud"
          : "commercial";
      return {
        status: "known",
        answer: government ? "us-government" : "commercial",
        evidence: evidence(ctx, "Cloud", `OpenID configuration of ${ctx.input}`, value),
      };
    },
  },
];
