import type { FlowDefinition } from "@/lib/flow-definition";
import { GIJ_CLOUD } from "@/lib/triage/cited-docs";
import type { oauth401Machine } from "@/machines/oauth-401";

/** Azure DevOps, by its Entra resource id and hosts: tells these codes from the mail flow's. */
const ADO = [
  "499b84ac-1321-427f-aa17-267ca6975798",
  "azure devops",
  "dev.azure.com",
  "visualstudio.com",
];

/**
 * Entra Conditional Access blocking the sign-in to Azure DevOps. The MFA and sign-in frequency
 * codes are the mail flow's too: the Azure DevOps resource tells them apart.
 */
export const conditionalAccessRules: FlowDefinition<typeof oauth401Machine>["rules"] = [
  {
    id: "conditional-access-mfa",
    kind: "phrase",
    signatures: [
      "conditional access policy requires mfa",
      "require mfa for untrusted",
      "mfa for untrusted locations",
    ],
    answers: ["oauth", "entra"],
    weight: 7,
    source: GIJ_CLOUD,
    examples: {
      match: ["Conditional access policy requires MFA for untrusted locations"],
      nearMiss: ["MFA registration completed for trusted locations"],
    },
  },
  {
    id: "vs403463",
    kind: "code",
    signatures: ["vs403463"],
    answers: ["oauth", "entra"],
    weight: 8,
    source: "microsoft/coe-starter-kit#6694",
    examples: {
      match: [
        '{"message":"VS403463: The conditional access policy defined by your Azure Active Directory administrator has failed.","typeKey":"VssServiceException"}',
        "VS403463: The conditional access policy defined by your Microsoft Entra administrator has failed.",
      ],
      nearMiss: ["VS403464: an unrelated service message"],
    },
  },
  {
    id: "ip-conditional-access-validation",
    kind: "phrase",
    // The policy's name today, and the shorter one Azure DevOps and older pages used.
    signatures: [
      "policy validation on non-interactive flows",
      "ip conditional access policy validation",
    ],
    answers: ["oauth", "entra"],
    weight: 7,
    source:
      "learn.microsoft.com, Set up Conditional Access policies on Azure DevOps; Change application connection & security policies",
    examples: {
      match: [
        "Enable IP Conditional Access policy validation on non-interactive flows",
        "Policies: IP Conditional Access policy validation is On",
      ],
      nearMiss: ["Conditional Access validation of IP addresses is a tenant feature"],
    },
  },
  {
    id: "aadsts53003-azure-devops",
    kind: "code",
    signatures: ["aadsts53003"],
    context: ADO,
    answers: ["oauth", "entra"],
    weight: 8,
    source: "Azure/azure-cli#32809",
    examples: {
      match: [
        "AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance. Resource: 499b84ac-1321-427f-aa17-267ca6975798",
      ],
      nearMiss: [
        "AADSTS53003: Access has been blocked by Conditional Access policies. Resource: 00000002-0000-0ff1-ce00-000000000000",
      ],
    },
  },
  {
    id: "aadsts50076-azure-devops",
    kind: "code",
    signatures: ["aadsts50076"],
    context: ADO,
    answers: ["oauth", "entra"],
    weight: 8,
    source: "Azure-Samples/active-directory-dotnetcore-console-up-v2#44",
    examples: {
      match: [
        "AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '499b84ac-1321-427f-aa17-267ca6975798'.",
      ],
      nearMiss: [
        "AADSTS50076: you must use multi-factor authentication to access 'https://outlook.office.com'",
      ],
    },
  },
  {
    id: "aadsts50079",
    kind: "code",
    signatures: ["aadsts50079"],
    answers: ["oauth", "entra"],
    weight: 6,
    source: "AzureAD/azure-activedirectory-library-for-nodejs#151",
    examples: {
      match: ["AADSTS50079: The user is required to use multi-factor authentication."],
      nearMiss: ["AADSTS50097: Device authentication is required."],
    },
  },
  {
    id: "aadsts70043-azure-devops",
    kind: "code",
    signatures: ["aadsts70043"],
    context: ADO,
    answers: ["oauth", "entra"],
    weight: 8,
    source: "Azure/azure-cli#29914",
    examples: {
      match: [
        "AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. Resource dev.azure.com",
      ],
      nearMiss: [
        "AADSTS70043: The refresh token has expired due to sign-in frequency checks. IMAP mail handler",
      ],
    },
  },
];
