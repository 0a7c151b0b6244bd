import type { FlowDefinition } from "@/lib/flow-definition";
import type { entraOidcMigrationMachine } from "@/machines/entra-oidc-migration";

/** Paste triage rules that land on this flow. On a tie the earlier rule wins. */
export const rules: FlowDefinition<typeof entraOidcMigrationMachine>["rules"] = [
  {
    id: "ado-oauth-deprecated",
    kind: "phrase",
    signatures: [
      "azure devops oauth is deprecated",
      "new app registrations are no longer accepted",
    ],
    answers: ["azure-devops-oauth"],
    weight: 8,
    source: "PipedreamHQ/pipedream#18106; hickford/git-credential-oauth#27",
    examples: {
      match: [
        "Azure DevOps OAuth is deprecated. New app registrations are no longer accepted as of April 2025.",
      ],
      nearMiss: ["Azure DevOps OAuth app registered"],
    },
  },
  {
    id: "aadsts650057",
    kind: "code",
    signatures: ["aadsts650057"],
    answers: ["entra-app", "invalid-resource"],
    weight: 9,
    source: "catalog row 71 (Entra app lacks the Azure DevOps delegated permission)",
    examples: {
      match: [
        "AADSTS650057: Invalid resource. Resource value from request: 499b84ac-1321-427f-aa17-267ca6975798.",
      ],
      nearMiss: ["AADSTS65005: Misconfigured application."],
    },
  },
  {
    id: "aadsts50020-personal-account",
    kind: "code",
    signatures: ["aadsts50020"],
    context: ["live.com"],
    answers: ["entra-app", "personal-account-refused"],
    weight: 9,
    source: "catalog row 72",
    examples: {
      match: [
        "AADSTS50020: User account 'someone@outlook.test' from identity provider 'live.com' does not exist in tenant 'Contoso'",
      ],
      nearMiss: [
        "AADSTS50020: User account from identity provider 'https://sts.windows.net/1111/' does not exist in tenant",
      ],
    },
  },
  {
    id: "tf400813-entra-sdk",
    kind: "code",
    signatures: ["tf400813"],
    context: ["resource area", "azure-devops-python-api", "entra"],
    answers: ["entra-app"],
    weight: 7,
    source: "microsoft/azure-devops-python-api#517",
    examples: {
      match: [
        "Entra token works with REST, but the SDK fails during resource area discovery: TF400813: The user is not authorized",
      ],
      nearMiss: ["TF400813 with a personal access token"],
    },
  },
  {
    id: "legacy-client-secret",
    kind: "phrase",
    signatures: [
      "failed to deserialize the jsonwebtoken object",
      "invalid client auth token",
      "must be a 758-character string",
      "secrets expire every 60 days",
      "client secrets expire after 5 years",
    ],
    answers: ["azure-devops-oauth"],
    weight: 8,
    source:
      "coder/coder#6886; hashicorp/terraform-docs-common#781; azure-devops-oauth.md (Managing app secrets)",
    examples: {
      match: [
        '{"Error":"invalid_client","ErrorDescription":"Failed to deserialize the JsonWebToken object."}',
        "Must be a 758-character string",
      ],
      nearMiss: ["Must be a 32-character string"],
    },
  },
  {
    id: "entra-tokens-one-hour",
    kind: "phrase",
    signatures: ["one-hour duration", "only live for one hour"],
    answers: ["entra-app", "fails-after-an-hour"],
    weight: 6,
    source: "MicrosoftDocs/azure-devops-docs entra.md",
    examples: {
      match: ["These tokens have a standard one-hour duration"],
      nearMiss: ["one hour later the build finished"],
    },
  },
];
