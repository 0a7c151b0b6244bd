import type { FlowDefinition } from "@/lib/flow-definition";
import { GIJ_SM } from "@/lib/triage/cited-docs";
import type { patNotAuthorizedMachine } from "@/machines/pat-not-authorized";

/** A personal access token, including what redaction leaves in its place. */
const PAT = [
  "personal access token",
  "redacted azure devops personal access token",
  "redacted basic credentials",
  "credentials after -u",
];

/** Azure DevOps Services, the cloud. */
const SERVICES = ["dev.azure.com", "visualstudio.com"];

/** Azure DevOps Services refusing the token: not authorized, expired, or scoped too narrowly. */
export const tokenRefusedRules: FlowDefinition<typeof patNotAuthorizedMachine>["rules"] = [
  {
    id: "profile-api-401",
    kind: "host",
    signatures: ["_apis/profile/profiles/me"],
    context: ["401", "unauthorized"],
    answers: ["services", "not-authorized"],
    weight: 9,
    source: `${GIJ_SM}; edgafner/dorkag#60; nkdAgility/azure-devops-migration-tools#2044`,
    examples: {
      match: [
        "Caused by: com.bigbrassband.common.indexer.sources.clients.RequestException: Microsoft https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=1.0 Unauthorized (401)",
        "Request GET https://app.vssps.visualstudio.com/_apis/profile/profiles/me?details=true&api-version=7.2-preview.3 failed with status code 401",
      ],
      nearMiss: [
        "GET https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=7.1 200 OK",
      ],
    },
  },
  {
    id: "tfx-pat-401",
    kind: "phrase",
    signatures: ["check that your personal access token is correct and hasn't expired"],
    answers: ["services", "not-authorized"],
    weight: 7,
    source: "microsoft/azure-devops-extension-tasks#163",
    examples: {
      match: [
        "401 (Not Authorized). Check that your personal access token is correct and hasn't expired",
      ],
      nearMiss: ["Check that your SSH key is correct"],
    },
  },
  {
    id: "pat-expired",
    kind: "phrase",
    signatures: [
      "the personal access token used has expired",
      "personal%20access%20token%20used%20has%20expired",
    ],
    answers: ["services", "token-expired"],
    weight: 9,
    source: "microsoft/azure-pipelines-tasks#18732; microsoft/azure-pipelines-agent#1559",
    examples: {
      match: [
        'Access Denied: The Personal Access Token used has expired. "typeKey":"AccessCheckException"',
        "X-TFS-ServiceError: Access%20Denied%3A%20The%20Personal%20Access%20Token%20used%20has%20expired.",
      ],
      nearMiss: ["The personal access token expires in 7 days"],
    },
  },
  {
    id: "tf400813-with-pat",
    kind: "code",
    signatures: ["tf400813"],
    context: PAT,
    answers: ["services", "not-authorized"],
    weight: 6,
    source: "Azure/azure-devops-cli-extension#807; Azure/azure-cli#27089",
    examples: {
      match: [
        "Using a personal access token: TF400813: The user '' is not authorized to access this resource.",
      ],
      nearMiss: ["TF400813 right after the OAuth consent page"],
    },
  },
  {
    id: "tf400813",
    kind: "code",
    signatures: ["tf400813"],
    answers: [],
    weight: 1,
    source: "Azure/azure-cli#27089",
    examples: {
      match: ["TF400813: The user is not authorized to access this resource."],
      nearMiss: ["TF400818: another code"],
    },
  },
  {
    id: "custom-scope-401",
    kind: "phrase",
    signatures: ["custom defined"],
    context: ["401"],
    answers: ["services", "not-authorized", "no-code-scope"],
    weight: 5,
    source: "pulumi/pulumi-azuredevops#68; MicrosoftDocs/azure-devops-docs#11635",
    examples: {
      match: [
        "Request returned status: 401 Unauthorized with Custom defined scopes, while Full access works",
      ],
      nearMiss: ["Custom defined scopes work fine"],
    },
  },
  {
    id: "not-authorized-to-access-services",
    kind: "code",
    signatures: ["vs30063", "tf30063"],
    context: SERVICES,
    answers: ["services", "not-authorized"],
    weight: 7,
    source: "microsoft/azure-pipelines-agent#4746; nkdAgility/azure-devops-migration-tools#802",
    examples: {
      match: [
        "VS30063: You are not authorized to access https://dev.azure.com",
        "TF30063: You are not authorized to access https://dev.azure.com/contoso",
      ],
      nearMiss: ["VS30063: You are not authorized to access http://tfs:8080/tfs/DefaultCollection"],
    },
  },
];
