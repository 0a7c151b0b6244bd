import type { FlowDefinition } from "@/lib/flow-definition";
import { ATLASSIAN_MAIL } from "@/lib/triage/cited-docs";
import type { jiraMailOauthMachine } from "@/machines/jira-mail-oauth";

/** The Entra app's client secret wrong, expired or missing. */
export const clientSecretRules: FlowDefinition<typeof jiraMailOauthMachine>["rules"] = [
  {
    id: "aadsts7000215",
    kind: "code",
    signatures: ["aadsts7000215", "aadsts50012"],
    answers: ["repair", "aadsts7000215"],
    weight: 9,
    source:
      "Atlassian Community, Detailed steps to configure OAuth 2.0 integration with Microsoft Azure (seed 002)",
    examples: {
      match: [
        "Error occurred while authorizing an integration. The error message is: AADSTS7000215: Invalid client secret provided.",
        "AADSTS70002: Error validating credentials. AADSTS50012: Invalid client secret is provided.",
      ],
      nearMiss: ["AADSTS7000222: The provided client secret keys are expired."],
    },
  },
  {
    id: "aadsts7000222",
    kind: "code",
    signatures: ["aadsts7000222"],
    answers: ["repair", "secret-expired"],
    weight: 9,
    source: "Atlassian KB, mail handler stops: client secret expired",
    examples: {
      match: [
        "Refresh Token Failed. Reported Reason: AADSTS7000222: The provided client secret keys for app are expired.",
      ],
      nearMiss: ["AADSTS7000215: Invalid client secret provided."],
    },
  },
  {
    id: "aadsts7000218",
    kind: "code",
    signatures: ["aadsts7000218"],
    answers: ["repair", "aadsts7000215"],
    weight: 8,
    source: "AzureAD/microsoft-authentication-library-for-java#71",
    examples: {
      match: [
        "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      ],
      nearMiss: ["The request body must contain a parameter"],
    },
  },
  {
    id: "oauth-token-not-defined",
    kind: "phrase",
    signatures: ["oauth token not defined for connection"],
    answers: ["repair", "secret-expired"],
    weight: 8,
    source: ATLASSIAN_MAIL,
    examples: {
      match: [
        "We couldn't connect to your mail server. OAuth token not defined for connection. OAuth Authorisation required.",
      ],
      nearMiss: ["OAuth token defined for connection"],
    },
  },
];
