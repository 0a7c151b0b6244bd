import type { FlowDefinition } from "@/lib/flow-definition";
import { GIJ_SM } from "@/lib/triage/cited-docs";
import type { patNotAuthorizedMachine } from "@/machines/pat-not-authorized";

/** Azure DevOps Server (formerly TFS), on premises. */
const SERVER = [":8080", "/tfs", "defaultcollection"];

/** Azure DevOps Server, on premises: its tokens and fixes differ from the cloud's. */
export const serverRules: FlowDefinition<typeof patNotAuthorizedMachine>["rules"] = [
  {
    id: "anonymous-access-server",
    kind: "phrase",
    signatures: ["resource not available for anonymous access"],
    answers: ["server"],
    weight: 8,
    source: "microsoft/azure-pipelines-agent#2704; #1839",
    examples: {
      match: [
        "TF400813: Resource not available for anonymous access. Client authentication required.",
      ],
      nearMiss: ["Resource available for anonymous access"],
    },
  },
  {
    id: "not-authorized-to-access-server",
    kind: "code",
    signatures: ["vs30063", "tf30063"],
    context: SERVER,
    answers: ["server"],
    weight: 7,
    source: "microsoft/vsts-work-item-migrator#94; microsoft/azure-repos-vscode#322",
    examples: {
      match: ["TF30063: You are not authorized to access http://tfs:8080/tfs/DefaultCollection"],
      nearMiss: ["TF30063: You are not authorized to access https://dev.azure.com/contoso"],
    },
  },
  {
    id: "jgit-tfs-not-authorized",
    kind: "java",
    signatures: ["org.eclipse.jgit.errors.transportexception"],
    context: ["not authorized"],
    answers: ["server"],
    weight: 7,
    source: `${GIJ_SM} TFS-Not-authorized-exception-when-Jira-works-thru-proxy`,
    examples: {
      match: [
        "org.eclipse.jgit.errors.TransportException http://tfs:8080/tfs/DefaultCollection/_git/repo/: not authorized",
      ],
      nearMiss: ["org.eclipse.jgit.errors.TransportException: Connection reset"],
    },
  },
  {
    id: "oauth-services-only",
    kind: "phrase",
    signatures: ["oauth 2.0 is available only for azure devops services"],
    answers: ["server"],
    weight: 6,
    source: "learn.microsoft.com vsts/integrate/get-started/auth/oauth",
    examples: {
      match: ["OAuth 2.0 is available only for Azure DevOps Services, not Azure DevOps Server."],
      nearMiss: ["OAuth 2.0 is available for Azure DevOps Services"],
    },
  },
];
