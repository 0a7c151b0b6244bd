import type { FlowDefinition } from "@/lib/flow-definition";
import type { manageAuthorizationsMachine } from "@/machines/manage-authorizations";

/** Paste triage rules that land on this flow. On a tie the earlier rule wins. */
export const rules: FlowDefinition<typeof manageAuthorizationsMachine>["rules"] = [
  {
    id: "authorization-approval-page",
    kind: "host",
    signatures: ["app.vssps.visualstudio.com/oauth2/authorize"],
    answers: [],
    weight: 2,
    source:
      "learn.microsoft.com, Use Azure DevOps OAuth 2.0; Manage authorization of services (Azure DevOps Server 2019)",
    examples: {
      match: [
        "Is this page real? https://app.vssps.visualstudio.com/oauth2/authorize?client_id=1111&response_type=Assertion",
      ],
      nearMiss: ["https://app.vssps.visualstudio.com/_apis/profile"],
    },
  },
  {
    id: "manage-authorizations-page",
    kind: "host",
    signatures: ["app.vssps.visualstudio.com/profile/view", "_userssettings/authorizations"],
    answers: [],
    weight: 6,
    source:
      "MicrosoftDocs/appcenter-docs#1246; learn.microsoft.com, Manage authorization of services",
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
    kind: "phrase",
    signatures: ["revoke its authorization immediately"],
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
    kind: "phrase",
    signatures: ["the access token is not valid"],
    context: ["oauth2/token", "app.vssps.visualstudio.com"],
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
    kind: "java",
    signatures: ["tokenadminbadrequestexception", "parameter 'accesstokenkey' cannot be omitted"],
    answers: [],
    weight: 7,
    source: "MicrosoftDocs/feedback#3640; MicrosoftDocs/azure-devops-docs#11265",
    examples: {
      match: ["TokenAdminBadRequestException: Parameter 'accessTokenKey' cannot be omitted."],
      nearMiss: ["TokenAdmin request accepted"],
    },
  },
];
