/**
 * Paste triage rules: one table, data only. A rule fires when any of its signatures is in the
 * pasted text (case-insensitive) and, for codes shared between flows, one of its context words
 * too. The heaviest rule that fires picks the flow and the answers; every rule that fires is shown.
 * `rows` are the rows of research/error-catalog.md a rule covers; `source` is where the text is from.
 */
export type Rule = {
  id: string;
  rows: number[];
  kind: "code" | "phrase" | "host" | "java";
  signatures: string[];
  context?: string[];
  flow: string;
  answers: string[];
  weight: number;
  source: string;
  examples: { match: string[]; nearMiss: string[] };
};

const ADO = [
  "499b84ac-1321-427f-aa17-267ca6975798",
  "azure devops",
  "dev.azure.com",
  "visualstudio.com",
];
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
const PAT = [
  "personal access token",
  "redacted azure devops personal access token",
  "redacted basic credentials",
  "credentials after -u",
];
const OAUTH = ["oauth", "consent", "bearer", "authorization code"];
const SERVICES = ["dev.azure.com", "visualstudio.com"];
const SERVER = [":8080", "/tfs", "defaultcollection"];

const GIJ_SM = "gitkraken/git-integration-for-jira-self-managed-docs";
const GIJ_CLOUD =
  "gitkraken/git-integration-for-jira-cloud-docs troubleshooting-articles-gij-cloud.md";
const ATLASSIAN_MAIL = "Atlassian KB 1095250181 (Jira mail handlers and OAuth 2.0)";

export const rules: Rule[] = [
  // Flow oauth-401 (catalog rows 1–13)
  {
    id: "oauth-connection-error",
    rows: [2, 3, 12],
    kind: "phrase",
    signatures: [
      "oauth connection error",
      "third-party application access via oauth",
      "third-party app access via oauth",
    ],
    flow: "oauth-401",
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
    rows: [1],
    kind: "code",
    signatures: ["tf400813"],
    context: OAUTH,
    flow: "oauth-401",
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
    id: "conditional-access-mfa",
    rows: [4],
    kind: "phrase",
    signatures: [
      "conditional access policy requires mfa",
      "require mfa for untrusted",
      "mfa for untrusted locations",
    ],
    flow: "oauth-401",
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
    rows: [5],
    kind: "code",
    signatures: ["vs403463"],
    flow: "oauth-401",
    answers: ["oauth", "entra"],
    weight: 8,
    source: "microsoft/coe-starter-kit#6694",
    examples: {
      match: [
        '{"message":"VS403463: The conditional access policy defined by your Azure Active Directory administrator has failed.","typeKey":"VssServiceException"}',
      ],
      nearMiss: ["VS403464: an unrelated service message"],
    },
  },
  {
    id: "ip-conditional-access-validation",
    rows: [6],
    kind: "phrase",
    signatures: ["ip conditional access policy validation"],
    flow: "oauth-401",
    answers: ["oauth", "entra"],
    weight: 7,
    source: "public.amplenote.com, Debugging Azure Error Codes when provisioning user with PAT",
    examples: {
      match: ["Enable IP Conditional Access policy validation on non-interactive flows"],
      nearMiss: ["Conditional Access validation of IP addresses is a tenant feature"],
    },
  },
  {
    id: "aadsts53003-azure-devops",
    rows: [7],
    kind: "code",
    signatures: ["aadsts53003"],
    context: ADO,
    flow: "oauth-401",
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
    rows: [8],
    kind: "code",
    signatures: ["aadsts50076"],
    context: ADO,
    flow: "oauth-401",
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
    rows: [9],
    kind: "code",
    signatures: ["aadsts50079"],
    flow: "oauth-401",
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
    rows: [10],
    kind: "code",
    signatures: ["aadsts70043"],
    context: ADO,
    flow: "oauth-401",
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
  {
    id: "oauth-invalid-scope-callback",
    rows: [11],
    kind: "phrase",
    signatures: ["error=invalidscope"],
    flow: "oauth-401",
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
    rows: [13],
    kind: "phrase",
    signatures: ["sourcecontrols securitytoken in invalid"],
    flow: "oauth-401",
    answers: ["oauth"],
    weight: 5,
    source: "MicrosoftDocs/azure-docs#94938",
    examples: {
      match: ["SourceControls securityToken in invalid"],
      nearMiss: ["SourceControls securityToken is valid"],
    },
  },

  // Flow pat-not-authorized (rows 14–29, 78)
  {
    id: "gij-microsoft-api-exception",
    rows: [14],
    kind: "java",
    signatures: [
      "wrappedmicrosoftapiexception",
      "c.b.j.g.rest.exceptionmappers.wrappedintegrationapiexceptionmapper",
    ],
    flow: "pat-not-authorized",
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
    id: "profile-api-401",
    rows: [15, 16],
    kind: "host",
    signatures: ["_apis/profile/profiles/me"],
    context: ["401", "unauthorized"],
    flow: "pat-not-authorized",
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
    rows: [17],
    kind: "phrase",
    signatures: ["check that your personal access token is correct and hasn't expired"],
    flow: "pat-not-authorized",
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
    rows: [18, 19],
    kind: "phrase",
    signatures: [
      "the personal access token used has expired",
      "personal%20access%20token%20used%20has%20expired",
    ],
    flow: "pat-not-authorized",
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
    id: "non-authoritative-sign-in-page",
    rows: [20],
    kind: "phrase",
    signatures: ["203 non-authoritative information"],
    flow: "pat-not-authorized",
    answers: ["services", "not-authorized"],
    weight: 4,
    source: "MicrosoftDocs/vsts-rest-api-specs#97; #574",
    examples: {
      match: ["HTTP/1.1 203 Non-Authoritative Information (a sign-in page instead of JSON)"],
      nearMiss: ["HTTP/1.1 204 No Content"],
    },
  },
  {
    id: "tf400813-with-pat",
    rows: [21],
    kind: "code",
    signatures: ["tf400813"],
    context: PAT,
    flow: "pat-not-authorized",
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
    rows: [21],
    kind: "code",
    signatures: ["tf400813"],
    flow: "pat-not-authorized",
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
    rows: [22],
    kind: "phrase",
    signatures: ["custom defined"],
    context: ["401"],
    flow: "pat-not-authorized",
    answers: ["services", "not-authorized", "all-organizations"],
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
    id: "anonymous-access-server",
    rows: [23],
    kind: "phrase",
    signatures: ["resource not available for anonymous access"],
    flow: "pat-not-authorized",
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
    id: "not-authorized-to-access-services",
    rows: [24, 25],
    kind: "code",
    signatures: ["vs30063", "tf30063"],
    context: SERVICES,
    flow: "pat-not-authorized",
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
  {
    id: "not-authorized-to-access-server",
    rows: [24, 25],
    kind: "code",
    signatures: ["vs30063", "tf30063"],
    context: SERVER,
    flow: "pat-not-authorized",
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
    rows: [26],
    kind: "java",
    signatures: ["org.eclipse.jgit.errors.transportexception"],
    context: ["not authorized"],
    flow: "pat-not-authorized",
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
    id: "git-upload-pack",
    rows: [27],
    kind: "phrase",
    signatures: ["git-upload-pack not permitted"],
    flow: "pat-not-authorized",
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
    rows: [28],
    kind: "phrase",
    signatures: ["empty list of repositories", "repository list is empty"],
    flow: "pat-not-authorized",
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
    rows: [29],
    kind: "phrase",
    signatures: ["credentials provided are not correct"],
    flow: "pat-not-authorized",
    answers: [],
    weight: 3,
    source: "docs.exalate.com, Can't Log in to Exalate for Azure DevOps using PAT",
    examples: {
      match: ["Credentials provided are not correct"],
      nearMiss: ["Credentials provided"],
    },
  },
  {
    id: "oauth-services-only",
    rows: [78],
    kind: "phrase",
    signatures: ["oauth 2.0 is available only for azure devops services"],
    flow: "pat-not-authorized",
    answers: ["server"],
    weight: 6,
    source: "learn.microsoft.com vsts/integrate/get-started/auth/oauth",
    examples: {
      match: ["OAuth 2.0 is available only for Azure DevOps Services, not Azure DevOps Server."],
      nearMiss: ["OAuth 2.0 is available for Azure DevOps Services"],
    },
  },

  // Flow jira-mail-oauth (rows 30–64, and the mail side of shared codes)
  {
    id: "aadsts7000215",
    rows: [30, 31],
    kind: "code",
    signatures: ["aadsts7000215", "aadsts50012"],
    flow: "jira-mail-oauth",
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
    rows: [32],
    kind: "code",
    signatures: ["aadsts7000222"],
    flow: "jira-mail-oauth",
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
    rows: [33],
    kind: "code",
    signatures: ["aadsts7000218"],
    flow: "jira-mail-oauth",
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
    rows: [34],
    kind: "phrase",
    signatures: ["oauth token not defined for connection"],
    flow: "jira-mail-oauth",
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
  {
    id: "mailbox-refused",
    rows: [35, 36, 37, 38, 39],
    kind: "phrase",
    signatures: [
      "couldn't open the folder 'inbox'",
      "authenticate failed",
      "protocol error. connection is closed",
    ],
    flow: "jira-mail-oauth",
    answers: ["repair", "mailbox"],
    weight: 7,
    source: `${ATLASSIAN_MAIL}; jstedfast/MailKit#690`,
    examples: {
      match: [
        "JIRA couldn't open the folder 'inbox' at outlook.office365.com.",
        "AuthenticationFailedException: AUTHENTICATE failed",
        "IMAPS: AUTHENTICATE PLAIN command result: A3 NO AUTHENTICATE failed.",
        "AuthenticationFailedException: Protocol error. Connection is closed. 10",
      ],
      nearMiss: ["AUTHENTICATE succeeded", "opened the folder 'inbox'"],
    },
  },
  {
    id: "mail-server-timeout",
    rows: [40],
    kind: "phrase",
    signatures: ["sockettimeoutexception: read timed out"],
    context: ["imap", "outlook.office365.com", "jakarta mail", "bye"],
    flow: "jira-mail-oauth",
    answers: ["repair", "other-error"],
    weight: 5,
    source: ATLASSIAN_MAIL,
    examples: {
      match: [
        "ConnectionException: * BYE Jakarta Mail Exception: java.net.SocketTimeoutException: Read timed out",
      ],
      nearMiss: ["java.net.SocketTimeoutException: Read timed out (database)"],
    },
  },
  {
    id: "connection-has-failed",
    rows: [41],
    kind: "phrase",
    signatures: ["the connection has failed. check the application logs"],
    flow: "jira-mail-oauth",
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
    rows: [42, 43, 44, 57],
    kind: "code",
    signatures: ["aadsts50194", "aadsts50059", "aadsts90002", "aadsts9002331", "aadsts90130"],
    flow: "jira-mail-oauth",
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
    rows: [45],
    kind: "code",
    signatures: ["aadsts700016"],
    flow: "jira-mail-oauth",
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
    rows: [46, 47, 48, 49],
    kind: "code",
    signatures: [
      "aadsts50011",
      "aadsts500113",
      "aadsts9002326",
      "cross-origin token redemption",
      "aadsts700054",
    ],
    flow: "jira-mail-oauth",
    answers: ["repair", "redirect-uri"],
    weight: 9,
    source:
      "OfficeDev/microsoft-teams-apps-groupactivities#10; clocked0ne/passport-outlook#1; microsoftgraph/msgraph-sample-reactspa#39",
    examples: {
      match: [
        "AADSTS50011: The redirect URI 'https://jira.example.test/plugins/servlet/oauth2/client/callback/1' specified in the request does not match",
        "AADSTS500113: No reply address is registered for the application.",
        "AADSTS9002326: Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type.",
      ],
      nearMiss: ["The redirect URI matches the registration"],
    },
  },
  {
    id: "consent-or-assignment",
    rows: [50, 51, 52],
    kind: "code",
    signatures: ["aadsts65001", "aadsts90094", "need admin approval", "aadsts50105"],
    flow: "jira-mail-oauth",
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
    rows: [53, 54, 55, 56, 60],
    kind: "code",
    signatures: [
      "aadsts70011",
      "aadsts900382",
      "aadsts500011",
      "the token contains no permissions",
      "outlook.office365.us",
    ],
    flow: "jira-mail-oauth",
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
  {
    id: "graph-mail-puller",
    rows: [58],
    kind: "java",
    signatures: ["mailpullerworker"],
    flow: "jira-mail-oauth",
    answers: ["repair"],
    weight: 4,
    source: "Atlassian KB, JSM Graph mail handler fails (MailPullerWorker)",
    examples: {
      match: [
        "Exception when MailPullerWorker pulls emails: com.atlassian.jira.internal.mail.processor",
      ],
      nearMiss: ["MailPusher started"],
    },
  },
  {
    id: "graph-access-denied",
    rows: [59],
    kind: "code",
    signatures: ["erroraccessdenied"],
    flow: "jira-mail-oauth",
    answers: ["repair", "mailbox"],
    weight: 6,
    source: "microsoftgraph/aspnetcore-connect-sample#37; O365/python-o365#855",
    examples: {
      match: [
        '{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}',
      ],
      nearMiss: ["ErrorItemNotFound"],
    },
  },
  {
    id: "token-expired-or-revoked",
    rows: [61, 62, 63, 64],
    kind: "code",
    signatures: ["aadsts700082", "aadsts70008", "aadsts50173", "aadsts54005"],
    flow: "jira-mail-oauth",
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
    rows: [7],
    kind: "code",
    signatures: ["aadsts53003"],
    context: MAIL,
    flow: "jira-mail-oauth",
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
    rows: [8, 10],
    kind: "code",
    signatures: ["aadsts50076", "aadsts70043"],
    context: MAIL,
    flow: "jira-mail-oauth",
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

  // Flow manage-authorizations (rows 65–69)
  {
    id: "authorization-approval-page",
    rows: [65],
    kind: "host",
    signatures: ["app.vssps.visualstudio.com/oauth2/authorize"],
    flow: "manage-authorizations",
    answers: [],
    weight: 2,
    source:
      "learn.microsoft.com, Authorize access to REST APIs with OAuth 2.0 (Azure DevOps Server 2019)",
    examples: {
      match: [
        "Is this page real? https://app.vssps.visualstudio.com/oauth2/authorize?client_id=1111&response_type=Assertion",
      ],
      nearMiss: ["https://app.vssps.visualstudio.com/_apis/profile"],
    },
  },
  {
    id: "manage-authorizations-page",
    rows: [66],
    kind: "host",
    signatures: ["app.vssps.visualstudio.com/profile/view", "_userssettings/authorizations"],
    flow: "manage-authorizations",
    answers: [],
    weight: 6,
    source: "MicrosoftDocs/appcenter-docs#1246; learn.microsoft.com manage-authorizations",
    examples: {
      match: [
        "https://app.vssps.visualstudio.com/Profile/View",
        "https://dev.azure.com/contoso/_usersSettings/authorizations",
      ],
      nearMiss: ["https://app.vssps.visualstudio.com/Profile"],
    },
  },
  {
    id: "revoke-notice",
    rows: [67],
    kind: "phrase",
    signatures: ["revoke its authorization immediately"],
    flow: "manage-authorizations",
    answers: [],
    weight: 6,
    source: "getsentry/sentry#77570",
    examples: {
      match: [
        "If you are no longer using this app or do not remember authorizing this app, revoke its authorization immediately.",
      ],
      nearMiss: ["authorization granted immediately"],
    },
  },
  {
    id: "ado-oauth-refresh-invalid",
    rows: [68],
    kind: "phrase",
    signatures: ["the access token is not valid"],
    context: ["oauth2/token", "app.vssps.visualstudio.com"],
    flow: "manage-authorizations",
    answers: [],
    weight: 6,
    source: "MicrosoftDocs/azure-devops-docs#8583",
    examples: {
      match: [
        'POST https://app.vssps.visualstudio.com/oauth2/token {"Error":"invalid_request","ErrorDescription":"The access token is not valid"}',
      ],
      nearMiss: ["The access token is not valid (Graph call)"],
    },
  },
  {
    id: "token-admin-api",
    rows: [69],
    kind: "java",
    signatures: ["tokenadminbadrequestexception", "parameter 'accesstokenkey' cannot be omitted"],
    flow: "manage-authorizations",
    answers: [],
    weight: 7,
    source: "MicrosoftDocs/feedback#3640; MicrosoftDocs/azure-devops-docs#11265",
    examples: {
      match: ["TokenAdminBadRequestException: Parameter 'accessTokenKey' cannot be omitted."],
      nearMiss: ["TokenAdmin request accepted"],
    },
  },

  // Flow entra-oidc-migration (rows 70–77)
  {
    id: "ado-oauth-deprecated",
    rows: [70],
    kind: "phrase",
    signatures: [
      "azure devops oauth is deprecated",
      "new app registrations are no longer accepted",
    ],
    flow: "entra-oidc-migration",
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
    rows: [71],
    kind: "code",
    signatures: ["aadsts650057"],
    flow: "entra-oidc-migration",
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
    rows: [72],
    kind: "code",
    signatures: ["aadsts50020"],
    context: ["live.com"],
    flow: "entra-oidc-migration",
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
    rows: [73],
    kind: "code",
    signatures: ["tf400813"],
    context: ["resource area", "azure-devops-python-api", "entra"],
    flow: "entra-oidc-migration",
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
    rows: [74, 75, 77],
    kind: "phrase",
    signatures: [
      "failed to deserialize the jsonwebtoken object",
      "invalid client auth token",
      "must be a 758-character string",
      "secrets expire every 60 days",
      "client secrets expire after 5 years",
    ],
    flow: "entra-oidc-migration",
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
    rows: [76],
    kind: "phrase",
    signatures: ["one-hour duration", "only live for one hour"],
    flow: "entra-oidc-migration",
    answers: ["entra-app", "fails-after-an-hour"],
    weight: 6,
    source: "MicrosoftDocs/azure-devops-docs entra.md",
    examples: {
      match: ["These tokens have a standard one-hour duration"],
      nearMiss: ["one hour later the build finished"],
    },
  },
];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}
