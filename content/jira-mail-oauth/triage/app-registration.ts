import type { FlowDefinition } from "@/lib/flow-definition";
import type { jiraMailOauthMachine } from "@/machines/jira-mail-oauth";

/** The Entra app registration not matching Jira's settings: tenant, redirect URI, consent, scope. */
export const appRegistrationRules: FlowDefinition<typeof jiraMailOauthMachine>["rules"] = [
  {
    id: "connection-has-failed",
    kind: "phrase",
    signatures: ["the connection has failed. check the application logs"],
    answers: ["repair", "tenant-endpoint-error"],
    weight: 7,
    source: "Atlassian KB 1096094146, The connection test of the OAuth 2.0 integration fails",
    examples: {
      match: ["The connection has failed. Check the application logs for details."],
      nearMiss: ["The connection has succeeded."],
    },
  },
  {
    id: "tenant-endpoints",
    kind: "code",
    signatures: ["aadsts50194", "aadsts50059", "aadsts90002", "aadsts9002331", "aadsts90130"],
    answers: ["repair", "tenant-endpoint-error"],
    weight: 9,
    source: "Atlassian KB 1096094146; huacnlee/omamail#266; microsoft/cross-tenant#83",
    examples: {
      match: [
        "AADSTS50194: Application '1111'(Jira mail) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported",
        "AADSTS50059: No tenant-identifying information found in either the request or implied by any provided credentials.",
        "AADSTS90002: Tenant 'token' not found.",
        "AADSTS90130: Application is not supported over the /common or /consumers endpoints.",
      ],
      nearMiss: ["AADSTS50195: unrelated", "the /common endpoint works"],
    },
  },
  {
    id: "application-not-found",
    kind: "code",
    signatures: ["aadsts700016"],
    answers: ["repair", "settings-mismatch"],
    weight: 9,
    source:
      "Atlassian KB, AADSTS700016: Application with identifier was not found in the directory",
    examples: {
      match: [
        "AADSTS700016: Application with identifier '1111' was not found in the directory 'contoso'.",
      ],
      nearMiss: ["AADSTS70001: Application is disabled."],
    },
  },
  {
    id: "redirect-uri",
    kind: "code",
    signatures: [
      "aadsts50011",
      "aadsts500113",
      "aadsts9002327",
      "may only be redeemed via cross-origin requests",
      "aadsts700054",
    ],
    answers: ["repair", "redirect-uri"],
    weight: 9,
    source:
      "Microsoft Learn, OAuth 2.0 authorization code flow (redirect URIs for single-page apps); Microsoft Q&A 1601797 (AADSTS9002327); OfficeDev/microsoft-teams-apps-groupactivities#10; clocked0ne/passport-outlook#16",
    examples: {
      match: [
        "AADSTS50011: The redirect URI 'https://jira.example.test/plugins/servlet/oauth2/client/callback/1' specified in the request does not match",
        "AADSTS500113: No reply address is registered for the application.",
        "AADSTS9002327: Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
        "invalid_request: Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
      ],
      nearMiss: [
        "The redirect URI matches the registration",
        "AADSTS9002326: Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type.",
      ],
    },
  },
  {
    id: "consent-or-assignment",
    kind: "code",
    signatures: ["aadsts65001", "aadsts90094", "need admin approval", "aadsts50105"],
    answers: ["repair", "consent"],
    weight: 9,
    source:
      "microsoft/mattercenter#656; abraunegg/onedrive#769; microsoftgraph/microsoft-graph-explorer-v4#1333",
    examples: {
      match: [
        "AADSTS65001: The user or administrator has not consented to use the application with ID '1111'",
        "Need admin approval: Jira mail needs permission to access resources in your organization that only an admin can grant.",
        "AADSTS50105: The signed in user 'jira@contoso.test' is not assigned to a role for the application",
      ],
      nearMiss: ["Admin consent granted for Contoso"],
    },
  },
  {
    id: "scope-or-cloud",
    kind: "code",
    signatures: [
      "aadsts70011",
      "aadsts900382",
      "aadsts500011",
      "the token contains no permissions",
      "outlook.office365.us",
    ],
    answers: ["repair", "settings-mismatch"],
    weight: 8,
    source:
      "O365/python-o365#427; sjkp/letsencrypt-siteextension#399; Azure/azure-cli#16850; Atlassian KB Resolve OAuth 2.0 scope issues",
    examples: {
      match: [
        "AADSTS70011: The provided value for the input parameter 'scope' is not valid.",
        "AADSTS900382: Confidential Client is not supported in Cross Cloud request.",
        "AADSTS500011: The resource principal named https://outlook.office365.us was not found in the tenant named contoso.",
        "The token contains no permissions, or permissions can not be understood.",
      ],
      nearMiss: ["scope: https://outlook.office.com/IMAP.AccessAsUser.All"],
    },
  },
];
