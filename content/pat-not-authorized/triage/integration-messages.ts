import type { FlowDefinition } from "@/lib/flow-definition";
import { GIJ_CLOUD, GIJ_SM } from "@/lib/triage/cited-docs";
import type { patNotAuthorizedMachine } from "@/machines/pat-not-authorized";

/**
 * What an integration shows around a refused token, whatever the cause: light rules, so that a
 * more telling line in the same paste outweighs them.
 */
export const integrationMessageRules: FlowDefinition<typeof patNotAuthorizedMachine>["rules"] = [
  {
    id: "gij-microsoft-api-exception",
    kind: "java",
    signatures: [
      "wrappedmicrosoftapiexception",
      "c.b.j.g.rest.exceptionmappers.wrappedintegrationapiexceptionmapper",
    ],
    answers: ["services"],
    weight: 4,
    source: `${GIJ_SM} Personal-access-token-failing-azure-devops-integration-with-Not-Authorized-error`,
    examples: {
      match: [
        "com.bigbrassband.jira.git.exceptions.external.WrappedMicrosoftAPIException: External service error",
      ],
      nearMiss: [
        "com.bigbrassband.jira.git.exceptions.external.WrappedGithubAPIException: External service error",
      ],
    },
  },
  {
    id: "non-authoritative-sign-in-page",
    kind: "phrase",
    signatures: ["203 non-authoritative information"],
    answers: ["services", "not-authorized"],
    weight: 4,
    source: "MicrosoftDocs/vsts-rest-api-specs#97; #574",
    examples: {
      match: ["HTTP/1.1 203 Non-Authoritative Information (a sign-in page instead of JSON)"],
      nearMiss: ["HTTP/1.1 204 No Content"],
    },
  },
  {
    id: "git-upload-pack",
    kind: "phrase",
    signatures: ["git-upload-pack not permitted"],
    answers: [],
    weight: 5,
    source: `${GIJ_SM} Why-I-am-getting-the-error-git-upload-pack-not-permitted`,
    examples: {
      match: ["git-upload-pack not permitted on 'https://dev.azure.com/contoso/_git/repo'"],
      nearMiss: ["git-upload-pack finished"],
    },
  },
  {
    id: "empty-repository-list",
    kind: "phrase",
    signatures: ["empty list of repositories", "repository list is empty"],
    answers: [],
    weight: 3,
    source: `${GIJ_CLOUD}; ${GIJ_SM} Repositories-missing-from-azure-devops-integration`,
    examples: {
      match: ["Empty list of repositories after integration of Azure Repos"],
      nearMiss: ["a list of repositories"],
    },
  },
  {
    id: "exalate-credentials",
    kind: "phrase",
    signatures: ["credentials provided are not correct"],
    answers: [],
    weight: 3,
    source: "docs.exalate.com, Can't Log in to Exalate for Azure DevOps using PAT",
    examples: {
      match: ["Credentials provided are not correct"],
      nearMiss: ["Credentials provided"],
    },
  },
];
