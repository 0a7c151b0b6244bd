import { describe, expect, it } from "vitest";
import { clocksAround, pathPerState } from "@/lib/flow-paths";
import { stepText } from "@/lib/step-text";
import { type Flow, getFlow } from "./registry";

/**
 * Every instruction, condition and error text of each seed article, in the words the flow uses
 * for it, must be on a step some path reaches. Matching ignores case, markup and spacing.
 */
const seedFacts: Record<string, { seed: string; facts: string[] }> = {
  "pat-not-authorized": {
    seed: "001_b239f11e6a49cf71.txt",
    facts: [
      // Problem and diagnosis
      "personal access token created in Azure DevOps is not valid for authentication",
      "Not authorized",
      "if the token was created for a specific Azure DevOps organization",
      "Rest API has thrown exception.",
      "com.bigbrassband.jira.git.exceptions.external.WrappedMicrosoftAPIException: External service error",
      "MicrosoftApi.getRepositoriesMS(MicrosoftApi.java:134)",
      "Microsoft https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=1.0 Unauthorized (401)",
      "MicrosoftClient.getUserId(MicrosoftClient.java:173)",
      // Solution: the conditions
      "must be created using All accessible organizations in the Organization dropdown",
      "either Full access or Code: Read & write",
      "The minimum requirement is Code: Read",
      // Solution: the numbered steps
      "Step 1: create a new personal access token",
      "Step 2: copy the token",
      "verify that the new token uses All accessible organizations, has sufficient scopes, is not expired and is active",
      "Step 4: paste the newly created token into Jira",
      "Step 5: click Connect",
      // Contact us
      "If you still have a question",
      "Support Desk",
      "gijsupport@gitkraken.com",
      // Newer than the seed: global PAT retirement
      "stops working on 1 December 2026",
      "stopped working on 1 December 2026",
    ],
  },
  "oauth-401": {
    seed: "000_beaff01e5a1bcec1.txt",
    facts: [
      "OAuth connection error",
      "a 401 web page",
      "Azure DevOps connected to Active Directory",
      "related to the security settings in your Azure DevOps portal",
      "certain security policies are rejecting connections to the Git Integration for Jira app",
      "forces every untrusted location to require MFA in order to connect with Azure DevOps",
      "the conditional access security setting is enabled",
      "requires Git admins to allow the third-party application access via OAuth security policy",
      "On your VSTS / Azure DevOps portal, go to the home page.",
      "Click an organization, then go to Organization Settings (sidebar).",
      "Under Security, click Policies.",
      "Ensure that the Third-party application access via OAuth option is set to On.",
      "the conditional access policy validation must be set to Off",
      "If you still have a question",
      "gijsupport@gitkraken.com",
      // Newer than the seed
      "off for every new organization",
      "no new app registrations since April 2025",
    ],
  },
  "jira-mail-oauth": {
    seed: "002_94f8ad37951691a4.txt",
    facts: [
      "turned off basic authentication for IMAP and POP",
      "self-service diagnostic to re-enable basic auth once per protocol",
      "For Jira 8.22 and later: go to Jira administration › Applications, and then Application links",
      "Select External application and Outgoing, then Microsoft as the provider for default settings",
      "For Jira versions before 8.22: go to Jira administration › System › OAuth 2.0",
      "Add new integration and select Microsoft as the provider for default settings",
      "copy the Redirect URL from the Jira OAuth 2.0 integration",
      "Click on App registrations.",
      "Click on New registration.",
      "Pick a friendly name, so it will be easier to identify.",
      "Accounts in any organizational directory (Any Azure AD directory - Multitenant) and personal Microsoft accounts (e.g. Skype, Xbox)",
      "as this uses the common endpoint",
      "Under Redirect URI, pick Web and insert the URL from step 1.",
      "Click on Register.",
      "Click on API permissions, then Add a permission, then Microsoft Graph, and select Delegated permissions",
      "permissions for IMAP and POP",
      "permissions for the Microsoft Graph API",
      "valid for Jira Service Management 5.8 and later only",
      "Click on Add permissions.",
      "Grant admin consent",
      "there must be a message above the table saying the grant is already given",
      "Click on Certificates & secrets, then New client secret. Choose a description and an expiration date.",
      "this Value will be used as the Client secret in Jira",
      "The Value is the Client secret to use in Jira. The Secret ID is not the password and will cause an authentication error",
      "take note of the Application (client) ID",
      "OAuth 2.0 authorization endpoint (v2)",
      "OAuth 2.0 token endpoint (v2)",
      "root cause of several single-tenant and multi-tenant issues",
      "Client ID = the Application (client) ID from step 21.",
      "Client secret = the Value from step 19.",
      "scopes for IMAP and POP and non-GCC (Government Community Cloud) accounts",
      "The above scopes will not work for GCC accounts.",
      "scopes for IMAP and POP and GCC accounts",
      "Using GCC scopes with non-GCC accounts will cause connection issues.",
      "Microsoft US DoD or GCC High accounts",
      "Click on Save.",
      "Test connection",
      "You'll be redirected to the authentication page",
      "you return to Jira with a confirmation message that the integration worked",
      "a network issue is preventing the authorization from completing",
      "raise a ticket on the Atlassian Support channel",
      "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID",
      "Error occurred while authorizing an integration.",
      "the secret value or ID was wrongly copied",
      "create a new secret to use with this Jira application link",
    ],
  },
  "manage-authorizations": {
    seed: "003_76d142ac659f89ac.txt and 004_628badc9aafe2664.txt",
    facts: [
      "Azure DevOps Server 2019",
      "Azure DevOps Services, or Azure DevOps Server 2022 or 2020",
      "Authorizations are bound to your credentials, so the service can use the authorization to access your resources in Azure DevOps.",
      "You use your Microsoft account or your work account to authorize the service.",
      "The service that you authorize never has access to your Azure DevOps credentials.",
      "Project access: you are a project member.",
      "at least Basic access",
      "member of the Project Collection Administrators group. Organization owners are automatically members of this group.",
      "if you are not already signed in, Azure DevOps prompts you for your credentials",
      "after you sign in, you get the authorization approval page",
      "Services can only request full access to all of the resources available to you through the REST APIs",
      "Look for the Azure DevOps branding across the upper portion of the authorization approval page.",
      "Ensure the authorization approval page URL begins with https://app.vssps.visualstudio.com/.",
      "Pay attention to any HTTPS-related security warnings in your browser.",
      "Remember that other services don't ask for your credentials directly.",
      "go to https://app.vssps.visualstudio.com/Profile/View and select Manage authorizations",
      "so the service can't access your account on your behalf",
      // Seed 004's version of the same
      "Azure DevOps uses OpenID Connect (OIDC) based authentication to grant a service access.",
      "the registered app opens a Microsoft Entra ID website that prompts you to select an account",
      "don't give your credentials to other services directly",
      "Apps registered in Microsoft Entra ID get tokens that live at most 90 minutes",
      "Azure DevOps OAuth is slated for deprecation in 2026",
    ],
  },
  "entra-oidc-migration": {
    seed: "004_628badc9aafe2664.txt",
    facts: [
      "you can use OpenID Connect (OIDC) based authentication by registering the application in Microsoft Entra ID",
      "Some older apps use Azure DevOps's own implementation of OAuth 2.0",
      "Registrations of Azure DevOps OAuth applications are no longer supported",
      "no new Azure DevOps OAuth apps beginning April 2025",
      "Azure DevOps OAuth is slated for deprecation in 2026",
      "The lifetime of each token is at most 90 minutes",
      "after it expires, the service's access to the resources is revoked",
      "Apps registered with Azure DevOps OAuth could keep access for longer",
      "499b84ac-1321-427f-aa17-267ca6975798",
    ],
  },
};

const normalize = (text: string) => text.toLowerCase().replace(/[“”]/g, '"').replace(/\s+/g, " ");

function reachableText(flow: Flow): string[] {
  const states = new Set(
    clocksAround(flow.dateEdges).flatMap((now) =>
      pathPerState(flow.machine, { now }).flatMap((p) => p.states),
    ),
  );
  return [...states].map((id) => {
    const step = flow.content.steps[id];
    return step ? normalize(stepText(step, flow.content.figures)) : "";
  });
}

describe.each(Object.entries(seedFacts))("seed coverage of %s", (flowId, { seed, facts }) => {
  const flow = getFlow(flowId);
  const texts = flow ? reachableText(flow) : [];

  it(`has the flow for seed ${seed}`, () => {
    expect(flow).toBeDefined();
  });

  it.each(facts)("reaches: %s", (fact) => {
    expect(texts.some((text) => text.includes(normalize(fact)))).toBe(true);
  });
});
