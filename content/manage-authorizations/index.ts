import type { FlowContent, Source } from "@/lib/content-types";
import type { manageAuthorizationsMachine } from "@/machines/manage-authorizations";
import { adoOauthNoNewApps, manageAuthorizationsDoc } from "../shared/sources";

const authorizeDoc2019: Source = {
  title: "Microsoft Learn: Authorize access to REST APIs with OAuth 2.0 (Azure DevOps Server 2019)",
};
const profileUrl = "https://app.vssps.visualstudio.com/Profile/View";
const dir = "/illustrations/manage-authorizations";

export const manageAuthorizationsContent = {
  title: "Approve, review and revoke Azure DevOps authorizations",
  symptom:
    "A service asks for access to my Azure DevOps account, or I want to see and revoke what has access",
  fixes:
    "Approving a service's request for access to Azure DevOps safely, and reviewing or revoking the authorizations you have granted.",
  keywords: [
    "authorization",
    "authorize",
    "approval page",
    "revoke",
    "Manage authorizations",
    "app.vssps.visualstudio.com",
    "Profile/View",
    "OAuth",
    "OpenID Connect",
    "Azure DevOps Server 2019",
  ],
  figures: {
    "ado-approval-page": {
      src: `${dir}/ado-approval-page.svg`,
      alt: "An Azure DevOps authorization approval page in a browser. The address bar, highlighted, begins with https://app.vssps.visualstudio.com/; the page carries the Azure DevOps branding at the top, names the requesting service and its requested access, and has Accept and Deny buttons.",
      caption:
        "What a legitimate approval page looks like. Illustration of an Azure DevOps authorization approval page (2026), drawn for this guide: not a screenshot.",
      width: 720,
      height: 400,
    },
    "ado-manage-authorizations": {
      src: `${dir}/ado-manage-authorizations.svg`,
      alt: "The Azure DevOps profile page at app.vssps.visualstudio.com/Profile/View with Manage authorizations open: a list of authorized services, each with the date it was authorized and a Revoke link, one of which is highlighted.",
      caption: `Where to review and revoke authorizations. Illustration of the Azure DevOps profile page, Manage authorizations (2026), drawn for this guide: not a screenshot.`,
      width: 720,
      height: 360,
    },
  },
  conditions: {
    isServer2019: { when: "Server 2019", otherwise: "Services, Server 2022 or 2020" },
  },
  changes: [{ version: 1, date: "2026-11-21", summary: "First version of this guide." }],
  steps: {
    deployment: {
      title: "Which Azure DevOps do you use?",
      topic: "Azure DevOps version",
      lead: "When you use a service that is integrated with Azure DevOps, you can grant it access to your Azure DevOps resources, such as work items, source code and build results. How that looks depends on the version.",
      body: [
        {
          type: "list",
          items: [
            "Authorizations are bound to your credentials, so the service can use the authorization to access your resources in Azure DevOps.",
            "You use your Microsoft account or your work account to authorize the service.",
            "The service that you authorize never has access to your Azure DevOps credentials.",
          ],
        },
      ],
      sources: [manageAuthorizationsDoc, authorizeDoc2019],
      choices: {
        services: {
          label: "Azure DevOps Services, or Azure DevOps Server 2022 or 2020",
          summary: "Services, Server 2022 or 2020",
        },
        "server-2019": { label: "Azure DevOps Server 2019", summary: "Azure DevOps Server 2019" },
      },
    },
    prerequisites: {
      title: "Do you meet the prerequisites?",
      topic: "Prerequisites",
      lead: "To authorize a service and manage authorizations you need:",
      body: [
        {
          type: "list",
          items: [
            "**Project access**: you are a project member.",
            "**Access level**: at least **Basic** access.",
            "**Permissions**: member of the **Project Collection Administrators** group. Organization owners are automatically members of this group.",
          ],
        },
      ],
      sources: [manageAuthorizationsDoc],
      choices: {
        met: { label: "Yes, I meet all three", summary: "Met" },
        "not-met": { label: "No, or I am not sure", summary: "Not met" },
      },
    },
    task: {
      title: "What do you want to do?",
      topic: "Task",
      choices: {
        approve: {
          label: "A service is asking for access: approve it safely",
          summary: "Approve a service",
        },
        review: {
          label: "Review the services I have authorized, or revoke one",
          summary: "Review or revoke",
        },
      },
    },
    checkPage: {
      title: "Is the approval page legitimate?",
      topic: "Approval page",
      lead: "Azure DevOps uses OpenID Connect (OIDC) based authentication to grant a service access. A typical authorization goes like this:",
      body: [
        {
          type: "list",
          ordered: true,
          items: [
            "You use a service that uses Azure DevOps resources, so the service requests authorization.",
            "To start, the registered app opens a Microsoft Entra ID website that prompts you to select an account.",
            "After you select an account, the authorization approval page appears.",
            "You review the request and approve the authorization.",
            "The authorized service uses that authorization to access resources in your Azure DevOps organization.",
          ],
        },
        {
          type: "p",
          text: "To ensure the request is legitimate, pay attention to any HTTPS-related security warnings in your browser, and don't give your credentials to other services directly: enter them only through the authorization approval page in Azure DevOps.",
        },
      ],
      sources: [manageAuthorizationsDoc],
      choices: {
        legitimate: { label: "The page looks legitimate", summary: "Legitimate" },
        suspicious: {
          label: "Something is off: a warning, or a service asking for my password",
          summary: "Suspicious",
        },
      },
    },
    checkPage2019: {
      title: "Is the approval page legitimate?",
      topic: "Approval page",
      lead: "A typical authorization flow: the service requests authorization; if you are not already signed in, Azure DevOps prompts you for your credentials; after you sign in, you get the authorization approval page. To ensure an authorization request is legitimate:",
      body: [
        {
          type: "list",
          items: [
            "Look for the Azure DevOps branding across the upper portion of the authorization approval page.",
            "Ensure the authorization approval page URL begins with `https://app.vssps.visualstudio.com/`.",
            "Pay attention to any HTTPS-related security warnings in your browser.",
            "Remember that other services don't ask for your credentials directly. They let you provide them to Azure DevOps through the authorization approval page.",
          ],
        },
        { type: "figure", figure: "ado-approval-page" },
      ],
      sources: [authorizeDoc2019],
      choices: {
        legitimate: { label: "All four checks pass", summary: "Legitimate" },
        suspicious: { label: "A check fails", summary: "Suspicious" },
      },
    },
    approve: {
      title: "Review the request and approve the authorization",
      topic: "Approval",
      lead: "Read what the service asks for, then approve. Services can only request full access to all of the resources available to you through the REST APIs, so the request might not be specific.",
      body: [
        {
          type: "p",
          text: "The authorized service then uses that authorization to access your resources. You can revoke it at any time.",
        },
      ],
      sources: [manageAuthorizationsDoc, authorizeDoc2019],
      choices: { approved: { label: "Approved", summary: "Approved" } },
    },
    reviewAuthorizations: {
      title: "Review and revoke your authorizations",
      topic: "Review",
      lead: `To see the services you have authorized to access your account, go to [${profileUrl}](${profileUrl}) and select **Manage authorizations**. Revoke any authorization there, so the service can no longer access your account on your behalf.`,
      body: [
        { type: "figure", figure: "ado-manage-authorizations" },
        {
          type: "p",
          text: "Apps registered in Microsoft Entra ID get tokens that live at most 90 minutes, so their access ends soon after it stops being renewed. Apps registered with Azure DevOps OAuth can keep access for much longer: those are the ones this list shows. Registrations of new Azure DevOps OAuth apps are no longer supported, because Azure DevOps OAuth is slated for deprecation in 2026.",
        },
      ],
      sources: [manageAuthorizationsDoc, adoOauthNoNewApps],
      choices: {
        revoked: { label: "I revoked what I no longer use", summary: "Revoked" },
        "not-listed": {
          label: "The service I am looking for is not listed",
          summary: "Not listed",
        },
      },
    },
    reviewAuthorizations2019: {
      title: "Review and revoke your authorizations",
      topic: "Review",
      lead: `To see the services you have authorized to access your account, go to [${profileUrl}](${profileUrl}) and select **Manage authorizations**. You can revoke any authorization there, so the service can't access your account on your behalf.`,
      body: [{ type: "figure", figure: "ado-manage-authorizations" }],
      sources: [authorizeDoc2019],
      choices: {
        revoked: { label: "I revoked what I no longer use", summary: "Revoked" },
        "not-listed": {
          label: "The service I am looking for is not listed",
          summary: "Not listed",
        },
      },
    },
    authorized: {
      title: "The service is authorized",
      lead: "The service can now work with your Azure DevOps resources on your behalf, without ever seeing your credentials. Review your authorizations from time to time and revoke what you no longer use.",
    },
    revoked: {
      title: "Revoked: the service no longer has access",
      lead: "The service cannot use that authorization any more. If it still needs access, it will ask you to authorize it again.",
    },
    suspiciousPage: {
      title: "Do not approve: close the page",
      lead: "A page that shows HTTPS warnings, lacks the Azure DevOps branding, sits on another address, or asks for your password directly is not Azure DevOps's approval page.",
      body: [
        {
          type: "list",
          items: [
            "Close the page without entering anything.",
            "If you typed your password into it, change your password now and tell your security team.",
            "Review your authorizations and revoke anything you do not recognise.",
          ],
        },
        {
          type: "p",
          text: "[Review or revoke authorizations](/manage-authorizations/services/met/review)",
        },
      ],
    },
    notListed: {
      title: "Not listed: it may use another kind of access",
      lead: "The list shows authorizations granted through Azure DevOps OAuth. A service may instead use a personal access token, or an app registered in Microsoft Entra ID.",
      body: [
        {
          type: "list",
          items: [
            "Check **User settings** › **Personal access tokens** for a token the service uses, and revoke it there.",
            "For an app registered in Microsoft Entra ID, remove its consent in your Microsoft account's or your organization's app settings.",
            "Organization administrators can revoke users' tokens for the whole organization with the Token Admin API.",
          ],
        },
      ],
      sources: [manageAuthorizationsDoc],
    },
    accessHandoff: {
      title: "Ask an organization owner or a Project Collection Administrator",
      lead: "Without the prerequisites you cannot authorize services or manage authorizations. Ask an organization owner, or a member of the **Project Collection Administrators** group, to add you, or to do it for you.",
      body: [{ type: "p", text: "Tell them which service you want to authorize, and why." }],
      sources: [manageAuthorizationsDoc],
    },
  },
} satisfies FlowContent<typeof manageAuthorizationsMachine>;
