import type { FlowContent } from "@/lib/content-types";
import type { entraOidcMigrationMachine } from "@/machines/entra-oidc-migration";
import { adoOauthNoNewApps, entraAuthDoc, manageAuthorizationsDoc } from "../shared/sources";

const ADO_RESOURCE = "499b84ac-1321-427f-aa17-267ca6975798";

export const entraOidcMigrationContent = {
  title: "Moving an app from Azure DevOps OAuth to Microsoft Entra ID",
  symptom: "Our app uses Azure DevOps OAuth, which takes no new registrations and is being retired",
  fixes:
    "An app built on Azure DevOps OAuth: no new registrations since April 2025, deprecation in 2026, and the move to Microsoft Entra ID (OpenID Connect) with its 90-minute tokens.",
  keywords: [
    "Azure DevOps OAuth",
    "deprecated",
    "app.vssps.visualstudio.com/oauth2",
    "Entra ID",
    "OIDC",
    "OpenID Connect",
    "AADSTS650057",
    "AADSTS50020",
    ADO_RESOURCE,
    "90 minutes",
    "token lifetime",
  ],
  figures: {
    "entra-ado-permission": {
      src: "/illustrations/entra-oidc-migration/entra-ado-permission.svg",
      alt: "Microsoft Entra admin center, App registrations, API permissions. The Azure DevOps permission user_impersonation, type Delegated, is highlighted in the list, next to Microsoft Graph User.Read.",
      caption:
        "The Azure DevOps delegated permission on an Entra app. Illustration of the Microsoft Entra admin center, App registrations › API permissions (2026), drawn for this guide: not a screenshot.",
      width: 720,
      height: 360,
    },
  },
  changes: [{ version: 1, date: "2026-11-21", summary: "First version of this guide." }],
  steps: {
    appKind: {
      title: "Where is your app registered?",
      topic: "App registration",
      lead: "Look at the address the app sends people to when it asks for access. `https://app.vssps.visualstudio.com/oauth2/authorize` is **Azure DevOps OAuth**; `https://login.microsoftonline.com/…/oauth2/v2.0/authorize` is **Microsoft Entra ID**.",
      body: [
        {
          type: "p",
          text: "When you build an application on top of the Azure DevOps REST APIs, you can use OpenID Connect (OIDC) based authentication by registering the application in Microsoft Entra ID. Some older apps use Azure DevOps's own implementation of OAuth 2.0 to get access tokens.",
        },
      ],
      sources: [manageAuthorizationsDoc],
      choices: {
        "azure-devops-oauth": {
          label: "Azure DevOps OAuth (app.vssps.visualstudio.com)",
          summary: "Azure DevOps OAuth",
        },
        "entra-app": {
          label: "Microsoft Entra ID (login.microsoftonline.com)",
          summary: "Microsoft Entra ID",
        },
      },
    },
    adoOauthRetiring: {
      title: "Azure DevOps OAuth is being retired",
      topic: "Whose app",
      lead: "Registrations of Azure DevOps OAuth applications are no longer supported: there are no new Azure DevOps OAuth apps beginning April 2025, and Azure DevOps OAuth is slated for deprecation in 2026. Apps move to Microsoft Entra ID.",
      body: [
        {
          type: "p",
          text: "Existing Azure DevOps OAuth apps keep working until the deprecation, and their authorizations last longer than Entra tokens. Plan the move now: a new app cannot be registered the old way.",
        },
      ],
      sources: [adoOauthNoNewApps, manageAuthorizationsDoc],
      choices: {
        "our-app": {
          label: "It is our own app: we will register it in Entra ID",
          summary: "Our own app",
        },
        "vendor-app": {
          label: "It is a vendor's app (a Marketplace app or a SaaS tool)",
          summary: "A vendor's app",
        },
      },
    },
    registerEntraApp: {
      title: "Register the app in Microsoft Entra ID",
      topic: "Entra registration",
      lead: "In the Microsoft Entra admin center, go to **App registrations** › **New registration**.",
      body: [
        {
          type: "list",
          ordered: true,
          items: [
            "Name the app and choose who may sign in (**Supported account types**).",
            "Add the app's redirect URI under the platform it uses (**Web** for a server-side app).",
            "Under **API permissions**, choose **Add a permission** › **Azure DevOps** › **Delegated permissions** › **user_impersonation**.",
            "Under **Certificates & secrets**, add a client secret or a certificate for the app's server.",
            `In the app, sign in with the Microsoft identity platform v2 endpoints and ask for the Azure DevOps scope \`${ADO_RESOURCE}/.default\`.`,
          ],
        },
        { type: "figure", figure: "entra-ado-permission" },
      ],
      sources: [entraAuthDoc],
      choices: {
        registered: {
          label: "Registered, with the Azure DevOps permission",
          summary: "Registered",
        },
      },
    },
    accountKinds: {
      title: "Who signs in to the app?",
      topic: "Accounts",
      lead: "Entra apps for Azure DevOps serve work and school accounts. Personal Microsoft accounts (MSA, for example outlook.com) are not natively supported for Azure DevOps through Entra OAuth.",
      sources: [entraAuthDoc],
      choices: {
        "work-accounts": { label: "Work or school accounts", summary: "Work or school accounts" },
        "personal-accounts": {
          label: "Personal Microsoft accounts too",
          summary: "Personal accounts too",
        },
      },
    },
    tokenLifetime: {
      title: "Refresh tokens before they expire: they live at most 90 minutes",
      topic: "Token refresh",
      lead: "An app registered in Microsoft Entra ID requests tokens from the Microsoft identity platform. The lifetime of each token is at most 90 minutes (nominally one hour); after it expires, the service's access to the resources is revoked. Apps registered with Azure DevOps OAuth could keep access for longer.",
      body: [
        {
          type: "p",
          text: "Have the app keep the refresh token it receives and redeem it for a new access token before the old one expires (MSAL does this for you with its silent token call). Errors that start about an hour after connecting, such as 401 or a 203 with a sign-in page, mean the app is still using an expired token.",
        },
      ],
      sources: [manageAuthorizationsDoc, entraAuthDoc],
      choices: {
        refreshes: { label: "The app refreshes its tokens", summary: "Refreshes tokens" },
      },
    },
    entraSymptom: {
      title: "What goes wrong with the Entra app?",
      topic: "Symptom",
      lead: "Pick the error closest to yours.",
      choices: {
        "invalid-resource": {
          label: "AADSTS650057: Invalid resource, with 499b84ac-… not in the app's permissions",
          summary: "AADSTS650057 Invalid resource",
        },
        "fails-after-an-hour": {
          label: "It works, then fails about an hour later",
          summary: "Fails after about an hour",
        },
        "personal-account-refused": {
          label: "AADSTS50020: an account from live.com does not exist in the tenant",
          summary: "AADSTS50020 personal account",
        },
      },
    },
    addAzureDevOpsPermission: {
      title: "Add the Azure DevOps permission to the app registration",
      topic: "Permission added",
      lead: `The app asked for Azure DevOps (resource \`${ADO_RESOURCE}\`) but its registration lists only other APIs, such as Microsoft Graph.`,
      body: [
        {
          type: "p",
          text: "In **App registrations** › your app › **API permissions**, choose **Add a permission** › **Azure DevOps** › **Delegated permissions** › **user_impersonation**, then grant consent if your tenant requires it.",
        },
        { type: "figure", figure: "entra-ado-permission" },
      ],
      sources: [entraAuthDoc],
      choices: { added: { label: "Added", summary: "Added" } },
    },
    migrated: {
      title: "The app connects through Microsoft Entra ID",
      lead: "The app signs people in with Microsoft Entra ID, asks for the Azure DevOps permission and refreshes its tokens. Once every user has moved, delete the old Azure DevOps OAuth app and ask users to revoke its authorization.",
      body: [{ type: "p", text: "[Review or revoke authorizations](/manage-authorizations)" }],
      sources: [entraAuthDoc],
    },
    vendorMigration: {
      title: "Ask the vendor for Microsoft Entra ID support",
      lead: "Only the vendor can move its app to Microsoft Entra ID. Ask when their app will support it, and whether you need to reconnect.",
      body: [
        {
          type: "p",
          text: "Until then the Azure DevOps OAuth app keeps working. If you no longer use the app, or do not remember authorizing it, revoke its authorization.",
        },
        { type: "p", text: "[Review or revoke authorizations](/manage-authorizations)" },
      ],
      sources: [adoOauthNoNewApps],
    },
    personalAccounts: {
      title: "Personal Microsoft accounts need another way in",
      lead: "Entra apps do not natively support personal Microsoft accounts (MSA) for Azure DevOps, so an MSA user gets AADSTS50020 or cannot sign in.",
      body: [
        {
          type: "list",
          items: [
            "Invite the people concerned to your Entra tenant as guests, and add them to the Azure DevOps organization with that identity.",
            "Or give them a work or school account.",
            "Until the deprecation, an existing Azure DevOps OAuth app still serves them.",
          ],
        },
      ],
      sources: [entraAuthDoc],
    },
  },
} satisfies FlowContent<typeof entraOidcMigrationMachine>;
