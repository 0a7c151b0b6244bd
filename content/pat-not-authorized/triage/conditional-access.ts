import type { FlowDefinition } from "@/lib/flow-definition";
import type { patNotAuthorizedMachine } from "@/machines/pat-not-authorized";

/**
 * What tells a call made with a personal access token, including what redaction leaves in its
 * place, or Git Integration for Jira's own log lines.
 */
const WITH_A_TOKEN = [
  "personal access token",
  "redacted azure devops personal access token",
  "redacted basic credentials",
  "credentials after -u",
  "com.bigbrassband",
  "/rest/gitplugin/",
];

/**
 * Conditional Access refusing a call made with a token: IP fencing on non-interactive flows.
 * VS403463 alone is the OAuth guide's; with a token around it, it is this one's, so it weighs more.
 */
export const conditionalAccessRules: FlowDefinition<typeof patNotAuthorizedMachine>["rules"] = [
  {
    id: "vs403463-with-pat",
    kind: "code",
    signatures: ["vs403463"],
    context: WITH_A_TOKEN,
    answers: ["services", "conditional-access"],
    weight: 9,
    source:
      "microsoft/coe-starter-kit#6694; learn.microsoft.com azure/devops/organizations/accounts/change-application-access-policies",
    examples: {
      match: [
        "Calling Azure DevOps with a personal access token: VS403463: The conditional access policy defined by your Azure Active Directory administrator has failed.",
        "/rest/gitplugin/1.0/trackedfolders/scan failed: VS403463: The conditional access policy defined by your Microsoft Entra administrator has failed.",
      ],
      nearMiss: [
        '{"message":"VS403463: The conditional access policy defined by your Azure Active Directory administrator has failed.","typeKey":"VssServiceException"}',
        "A personal access token was used: VS403464 is another code",
      ],
    },
  },
];
