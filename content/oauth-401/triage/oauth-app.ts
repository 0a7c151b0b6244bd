import type { FlowDefinition } from "@/lib/flow-definition";
import { GIJ_CLOUD } from "@/lib/triage/cited-docs";
import type { oauth401Machine } from "@/machines/oauth-401";

/** Words around an OAuth sign-in: a TF400813 then is the OAuth app's, not a token's. */
const OAUTH = ["oauth", "consent", "bearer", "authorization code"];

/** The Azure DevOps OAuth app refused or set up wrong: what its consent page and callback say. */
export const oauthAppRules: FlowDefinition<typeof oauth401Machine>["rules"] = [
  {
    id: "oauth-connection-error",
    kind: "phrase",
    signatures: [
      "oauth connection error",
      "third-party application access via oauth",
      "third-party app access via oauth",
    ],
    answers: ["oauth"],
    weight: 6,
    source: `${GIJ_CLOUD}; getsentry/sentry#71892; MicrosoftDocs/azure-docs#94938`,
    examples: {
      match: [
        "OAuth connection error when integrating Azure DevOps",
        "Please ensure third-party app access via OAuth is enabled in the organization's security policy.",
      ],
      nearMiss: ["OAuth connection established", "third-party application access was granted"],
    },
  },
  {
    id: "tf400813-after-oauth-consent",
    kind: "code",
    signatures: ["tf400813"],
    context: OAUTH,
    answers: ["oauth"],
    weight: 5,
    source:
      "MicrosoftDocs/azure-devops-docs azure-devops-oauth.md (FAQ); microsoft/azure-devops-auth-samples#57",
    examples: {
      match: [
        "After the OAuth consent page: TF400813: The user '6f1f0000-0000-0000-0000-000000000000' is not authorized to access this resource.",
      ],
      nearMiss: ["TF400813 with a token pasted into the settings"],
    },
  },
  {
    id: "oauth-invalid-scope-callback",
    kind: "phrase",
    signatures: ["error=invalidscope"],
    answers: ["oauth"],
    weight: 5,
    source: "getsentry/sentry#86469; microsoft/azure-devops-auth-samples#86",
    examples: {
      match: ["https://jira.example.test/callback?error=InvalidScope&state=abc"],
      nearMiss: ["error=invalid_request"],
    },
  },
  {
    id: "sourcecontrols-security-token",
    kind: "phrase",
    signatures: ["sourcecontrols securitytoken in invalid"],
    answers: ["oauth"],
    weight: 5,
    source: "MicrosoftDocs/azure-docs#94938",
    examples: {
      match: ["SourceControls securityToken in invalid"],
      nearMiss: ["SourceControls securityToken is valid"],
    },
  },
];
