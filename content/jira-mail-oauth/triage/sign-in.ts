import type { FlowDefinition } from "@/lib/flow-definition";
import type { jiraMailOauthMachine } from "@/machines/jira-mail-oauth";

/** Exchange Online and the mail handlers: tells these codes from the Azure DevOps OAuth flow's. */
const MAIL = [
  "00000002-0000-0ff1-ce00-000000000000",
  "outlook.office",
  "graph.microsoft",
  "imap",
  "pop3",
  "mail handler",
  "exchange online",
  "mailpuller",
];

/**
 * The mail handler's token expired, revoked or blocked at sign-in. The Conditional Access codes
 * are the Azure DevOps OAuth flow's too: the mail resource tells them apart.
 */
export const signInRules: FlowDefinition<typeof jiraMailOauthMachine>["rules"] = [
  {
    id: "token-expired-or-revoked",
    kind: "code",
    signatures: ["aadsts700082", "aadsts70008", "aadsts50173", "aadsts54005"],
    answers: ["repair", "reauthorize"],
    weight: 9,
    source:
      "Azure/azure-cli#14244; Azure/azure-sdk-for-net#19201; Azure/azure-cli#16745; snok/django-auth-adfs#245",
    examples: {
      match: [
        "AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2026-01-01 and was inactive for 90.00:00:00.",
        "AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed.",
        "AADSTS54005: OAuth2 Authorization code was already redeemed",
      ],
      nearMiss: ["AADSTS70000: The provided value for the code parameter is not valid."],
    },
  },
  {
    id: "aadsts53003-mail",
    kind: "code",
    signatures: ["aadsts53003"],
    context: MAIL,
    answers: ["repair"],
    weight: 8,
    source: "AzureAD/microsoft-identity-web#2419",
    examples: {
      match: [
        "AADSTS53003: Access has been blocked by Conditional Access policies. Resource: 00000002-0000-0ff1-ce00-000000000000",
      ],
      nearMiss: [
        "AADSTS53003: Access has been blocked by Conditional Access policies. Resource: 499b84ac-1321-427f-aa17-267ca6975798",
      ],
    },
  },
  {
    id: "mail-token-needs-reauthorizing",
    kind: "code",
    signatures: ["aadsts50076", "aadsts70043"],
    context: MAIL,
    answers: ["repair", "reauthorize"],
    weight: 8,
    source: "Azure/azure-cli#29914; microsoft/Partner-Center-PowerShell#259",
    examples: {
      match: [
        "AADSTS50076: you must use multi-factor authentication to access 'https://outlook.office.com'",
        "AADSTS70043: The refresh token has expired due to sign-in frequency checks. IMAP mail handler",
      ],
      nearMiss: [
        "AADSTS50076: you must use multi-factor authentication to access '499b84ac-1321-427f-aa17-267ca6975798'",
      ],
    },
  },
];
