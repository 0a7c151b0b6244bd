import type { Block, FlowContent, Source } from "@/lib/content-types";
import type { jiraMailOauthMachine } from "@/machines/jira-mail-oauth";
import { figures } from "./figures";

const seedArticle: Source = {
  title:
    "Atlassian Community: Detailed steps to configure OAuth 2.0 integration with Microsoft Azure",
  date: "last modified 2024-05-14",
};
const basicAuthEnd: Source = {
  title:
    "Microsoft Exchange Team: Basic Authentication Deprecation in Exchange Online – September 2022 Update",
  date: "2022-09",
};
const usGovernmentGuide: Source = {
  title:
    "Atlassian: Guide explaining how to configure a Microsoft US DoD or GCC High account with a Jira or a Service Management mail handler using OAuth 2.0",
};
const connectionTestKb: Source = {
  title:
    "Atlassian KB: The connection test of the OAuth 2.0 integration fails with the error “The connection has failed”",
};

const AADSTS7000215_LOG = `2022-xx-xx 20:34:03,014+0000 http-nio-8080-exec-253 ERROR username 1234x5727202x3 1i8mi5a /rest/oauth2-client/latest/config/flow/xxxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxx [] Error occurred while authorizing an integration. The error message is: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app 'xxxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxx'.
    Trace ID: xxxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxx
    Correlation ID: xxxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxx
    Timestamp: 2022-xx-xx 20:33:57Z`;

const valueNotSecretId: Block = {
  type: "note",
  tone: "warning",
  title: "Known error: Value, not Secret ID",
  text: "The **Value** is the **Client secret** to use in Jira. The **Secret ID** is not the password and will cause an authentication error (AADSTS7000215). Azure shows the Value only right after you create the secret.",
};

const createIntegrationChoices = { created: { label: "Integration created", summary: "Created" } };

export const jiraMailOauthContent = {
  title: "OAuth 2.0 between Jira mail handlers and Microsoft",
  symptom:
    "Setting up or repairing the OAuth 2.0 connection between Jira or JSM mail handlers and Microsoft 365",
  fixes:
    "The OAuth 2.0 integration for Jira and Jira Service Management mail handlers: the integration in Jira, the app registration in Microsoft Entra ID, permissions, consent, the client secret Value, v2 endpoints, scopes per cloud, and the connection test.",
  keywords: [
    "mail handler",
    "IMAP",
    "POP",
    "Microsoft Graph",
    "Exchange Online",
    "basic authentication",
    "OAuth 2.0",
    "Application links",
    "AADSTS7000215",
    "AADSTS50194",
    "client secret",
    "Secret ID",
    "GCC",
    "GCC High",
    "DoD",
    "outlook.office.com",
    "outlook.office365.us",
    "The connection has failed",
  ],
  figures,
  conditions: {
    hasAppLinks: { when: "Jira 8.22 or later", otherwise: "before 8.22" },
    isGraph: { when: "Microsoft Graph", otherwise: "IMAP or POP" },
    isUsGovernment: { when: "GCC High or DoD", otherwise: "commercial" },
  },
  changes: [
    { version: 1, date: "2026-11-21", summary: "First version of this guide." },
    {
      version: 2,
      date: "2026-11-21",
      summary:
        "A first question now asks whether you are setting up the integration or repairing one, and repairs start from the error you see. Links made with version 1 start again at that question.",
    },
  ],
  steps: {
    goal: {
      title: "Are you setting up the integration, or repairing one?",
      topic: "Goal",
      lead: "Jira and Jira Service Management mail handlers read Microsoft 365 mailboxes through an OAuth 2.0 integration with Microsoft Entra ID. Set one up step by step, or start from the error a broken one shows.",
      choices: {
        "set-up": { label: "Set up the OAuth 2.0 integration, step by step", summary: "Set up" },
        repair: { label: "Repair an integration that fails with an error", summary: "Repair" },
      },
    },
    repairError: {
      title: "Which error do you see?",
      topic: "Error",
      lead: "Look at the message in Jira (the mail handler, or the integration's **Test connection**) and in `atlassian-jira.log`.",
      choices: {
        aadsts7000215: {
          label: "AADSTS7000215: Invalid client secret provided",
          summary: "AADSTS7000215",
        },
        "secret-expired": {
          label:
            "AADSTS7000222: the client secret keys are expired, or “OAuth token not defined for connection”",
          summary: "Secret expired or token lost",
        },
        "tenant-endpoint-error": {
          label:
            "AADSTS50194, AADSTS50059 or AADSTS90002 (tenant or endpoint), or “The connection has failed”",
          summary: "Tenant or endpoint error",
        },
        "redirect-uri": {
          label:
            "AADSTS50011 or AADSTS500113 (redirect URI), or AADSTS9002326 (single-page application)",
          summary: "Redirect URI error",
        },
        consent: {
          label:
            "AADSTS65001 or AADSTS90094 (consent, Need admin approval), or AADSTS50105 (user not assigned)",
          summary: "Consent or assignment error",
        },
        mailbox: {
          label:
            "“AUTHENTICATE failed”, “couldn't open the folder 'inbox'”, or ErrorAccessDenied from Graph",
          summary: "Mailbox refused the sign-in",
        },
        "settings-mismatch": {
          label:
            "AADSTS700016 (application not found), AADSTS70011 (scope), AADSTS500011 or AADSTS900382 (cloud)",
          summary: "Client ID, scope or cloud mismatch",
        },
        reauthorize: {
          label:
            "AADSTS700082, AADSTS70008, AADSTS50173, AADSTS70043 or AADSTS54005: the token expired or was revoked",
          summary: "Token expired or revoked",
        },
        "other-error": { label: "Something else, or no clear error", summary: "Other error" },
      },
    },
    jiraVersion: {
      title: "Which version of Jira do you run?",
      topic: "Jira version",
      lead: "Exchange Online turned off basic authentication for IMAP and POP for good in the first week of January 2023: mail handlers must use OAuth 2.0. Where the OAuth 2.0 integration lives in Jira depends on the version.",
      body: [
        {
          type: "p",
          text: "Microsoft had postponed the deprecation: after 1 October 2022, customers could run a self-service diagnostic to re-enable basic auth once per protocol until the end of December 2022. There is no possibility of using basic auth since then.",
        },
      ],
      sources: [seedArticle, basicAuthEnd],
      choices: {
        "jira-8-22-or-later": { label: "Jira 8.22 or later", summary: "8.22 or later" },
        "jira-before-8-22": { label: "A version before 8.22", summary: "Before 8.22" },
      },
    },
    protocol: {
      title: "Which protocol will the mail handler use?",
      topic: "Protocol",
      lead: "The protocol decides which API permissions and scopes the integration needs.",
      choices: {
        "imap-pop": { label: "IMAP or POP", summary: "IMAP or POP" },
        graph: {
          label: "Microsoft Graph API (Jira Service Management 5.8 and later only)",
          summary: "Microsoft Graph API",
        },
      },
    },
    cloud: {
      title: "Which Microsoft cloud is the mailbox in?",
      topic: "Microsoft cloud",
      lead: "The scopes depend on your account type. The scopes for non-GCC accounts will not work for GCC (US Government Community Cloud) accounts, and using GCC scopes with non-GCC accounts will cause connection issues.",
      body: [
        {
          type: "p",
          text: "Commercial Microsoft 365 tenants, and GCC tenants that sign in at `login.microsoftonline.com`, use the commercial scopes. GCC High and DoD tenants sign in at `login.microsoftonline.us` and use the `.us` scopes.",
        },
      ],
      sources: [seedArticle, usGovernmentGuide],
      choices: {
        commercial: {
          label: "Commercial (worldwide) Microsoft 365",
          summary: "Commercial (non-GCC)",
        },
        "us-government": { label: "US Government: GCC High or DoD", summary: "GCC High or DoD" },
      },
    },
    createInApplicationLinks: {
      title: "Step zero: create the OAuth 2.0 integration in Application links",
      topic: "Integration in Jira",
      lead: "For Jira 8.22 and later: go to **Jira administration** › **Applications**, and then **Application links**.",
      body: [
        {
          type: "p",
          text: "Select **External application** and **Outgoing**, then **Microsoft** as the provider for default settings.",
        },
        { type: "figure", figure: "jira-application-links" },
      ],
      sources: [seedArticle],
      choices: createIntegrationChoices,
    },
    createInOauth2: {
      title: "Step zero: create the OAuth 2.0 integration",
      topic: "Integration in Jira",
      lead: "For Jira versions before 8.22: go to **Jira administration** › **System** › **OAuth 2.0**.",
      body: [
        {
          type: "p",
          text: "**Add new integration** and select **Microsoft** as the provider for default settings.",
        },
        { type: "figure", figure: "jira-oauth2-page" },
      ],
      sources: [seedArticle],
      choices: createIntegrationChoices,
    },
    copyRedirectUrl: {
      title: "Step 1: copy the Redirect URL",
      topic: "Redirect URL",
      lead: "On the bottom section, copy the **Redirect URL** from the Jira OAuth 2.0 integration that you created. That's the Jira part 1.",
      body: [
        { type: "figure", figure: "jira-redirect-url" },
        {
          type: "p",
          text: "It looks like `https://<your Jira base URL>/plugins/servlet/oauth2/client/callback/<id>`. Copy it whole: the app registration must hold exactly this address, or Microsoft answers AADSTS50011 (redirect URI mismatch).",
        },
      ],
      sources: [seedArticle],
      choices: { copied: { label: "Copied", summary: "Copied" } },
    },
    registerApp: {
      title: "Steps 2 to 8: register the app in Microsoft Entra ID",
      topic: "App registration",
      lead: "Now to the Azure side, in the Microsoft Entra admin center (formerly the Azure portal's Azure Active Directory):",
      body: [
        {
          type: "list",
          ordered: true,
          items: [
            "Go to **Microsoft Entra ID**.",
            "Click on **App registrations**.",
            "Click on **New registration**.",
            "Pick a friendly name, so it will be easier to identify.",
            "Under **Supported account types**, choose **Accounts in any organizational directory (Any Azure AD directory - Multitenant) and personal Microsoft accounts (e.g. Skype, Xbox)**. It is important to choose the one *and personal Microsoft accounts*, as this uses the common endpoint.",
            "Under **Redirect URI**, pick **Web** and insert the URL from step 1.",
            "Click on **Register**.",
          ],
        },
        { type: "figure", figure: "entra-new-registration" },
        {
          type: "p",
          text: "**Web**, not Single-page application: Jira redeems the code on its server, and a redirect URI under the wrong platform fails with AADSTS9002326.",
        },
      ],
      sources: [seedArticle],
      choices: { registered: { label: "Registered", summary: "Registered" } },
    },
    mailPermissions: {
      title: "Steps 9 to 14: add the API permissions for IMAP and POP",
      topic: "API permissions",
      lead: "Click on **API permissions**, then **Add a permission**, then **Microsoft Graph**, and select **Delegated permissions**.",
      body: [
        { type: "p", text: "Search for and select the permissions for IMAP and POP:" },
        {
          type: "list",
          items: [
            "`IMAP.AccessAsUser.All` (for IMAP)",
            "`POP.AccessAsUser.All` (for POP)",
            "`offline_access`, so Jira can refresh its token",
            "`User.Read` is there by default; keep it",
          ],
        },
        { type: "p", text: "Click on **Add permissions**." },
        { type: "figure", figure: "entra-api-permissions" },
      ],
      sources: [seedArticle],
      choices: { added: { label: "Permissions added", summary: "Added" } },
    },
    graphPermissions: {
      title: "Steps 9 to 14: add the API permissions for Microsoft Graph",
      topic: "API permissions",
      lead: "Click on **API permissions**, then **Add a permission**, then **Microsoft Graph**, and select **Delegated permissions** (valid for Jira Service Management 5.8 and later only).",
      body: [
        { type: "p", text: "Search for and select the permissions for the Microsoft Graph API:" },
        {
          type: "list",
          items: [
            "`Mail.ReadWrite`, so the handler can read and mark messages",
            "`offline_access`, so Jira can refresh its token",
            "`User.Read` is there by default; keep it",
          ],
        },
        { type: "p", text: "Click on **Add permissions**." },
        { type: "figure", figure: "entra-api-permissions" },
      ],
      sources: [seedArticle],
      choices: { added: { label: "Permissions added", summary: "Added" } },
    },
    adminConsent: {
      title: "Step 15: grant admin consent",
      topic: "Admin consent",
      lead: "Click on **Grant admin consent for <your organization>**. If this option is not available, there must be a message above the table saying the grant is already given.",
      body: [
        {
          type: "p",
          text: "Without consent, the authorizing user sees *Need admin approval* (AADSTS90094) or AADSTS65001 when Jira sends them to sign in.",
        },
      ],
      sources: [seedArticle],
      choices: {
        granted: { label: "Granted, or already granted", summary: "Granted" },
        "no-admin": { label: "I can't: I am not an administrator", summary: "No administrator" },
      },
    },
    clientSecret: {
      title: "Steps 16 to 19: create a client secret and note its Value",
      topic: "Client secret",
      lead: "Click on **Certificates & secrets**, then **New client secret**. Choose a description and an expiration date.",
      body: [
        {
          type: "p",
          text: "Take note of the **Value** generated: this Value will be used as the **Client secret** in Jira.",
        },
        { type: "figure", figure: "entra-client-secret" },
        valueNotSecretId,
        {
          type: "p",
          text: "Note the expiry date too: when the secret expires, the mail handler stops and Jira logs AADSTS7000222 until you create a new secret, update Jira and authorize again.",
        },
      ],
      sources: [seedArticle],
      choices: { noted: { label: "I noted the Value", summary: "Value noted" } },
    },
    clientId: {
      title: "Steps 20 and 21: note the Application (client) ID",
      topic: "Client ID",
      lead: "Click on **Overview** and take note of the **Application (client) ID**: it is the **Client ID** in Jira.",
      body: [{ type: "figure", figure: "entra-overview-endpoints" }],
      sources: [seedArticle],
      choices: { noted: { label: "I noted the client ID", summary: "Client ID noted" } },
    },
    endpoints: {
      title: "Extra step: check the v2 endpoints",
      topic: "Endpoints",
      lead: "On the Overview page, open **Endpoints** at the top. Check that the **OAuth 2.0 authorization endpoint (v2)** and the **OAuth 2.0 token endpoint (v2)** match the ones Jira filled in by default.",
      body: [
        {
          type: "p",
          text: "Correct them on the Jira side to the endpoints Azure expects if needed: this is the root cause of several single-tenant and multi-tenant issues. Jira's defaults use `/common`, which works for the multitenant-and-personal registration of step 5. A single-tenant app needs the tenant-specific v2 endpoints, such as `https://login.microsoftonline.com/<tenant id>/oauth2/v2.0/authorize` and `…/oauth2/v2.0/token`.",
        },
        {
          type: "p",
          text: "GCC High and DoD tenants use `https://login.microsoftonline.us/…` instead.",
        },
      ],
      sources: [seedArticle, usGovernmentGuide],
      choices: {
        checked: { label: "The endpoints match, or I corrected them in Jira", summary: "Checked" },
      },
    },
    jiraCredentials: {
      title: "Step 22: back in Jira, enter the client ID and secret",
      topic: "Credentials in Jira",
      lead: "Go back to Jira and complete the configuration with:",
      body: [
        {
          type: "list",
          items: [
            "**Client ID** = the **Application (client) ID** from step 21.",
            "**Client secret** = the **Value** from step 19.",
          ],
        },
        { type: "figure", figure: "jira-oauth-credentials" },
      ],
      sources: [seedArticle],
      choices: { entered: { label: "Entered", summary: "Entered" } },
    },
    mailScopes: {
      title: "Steps 23 and 24: add the IMAP and POP scopes, then save",
      topic: "Scopes",
      lead: "For the **Scopes**, copy and paste these URLs one at a time. These are the scopes for IMAP and POP and non-GCC (Government Community Cloud) accounts:",
      body: [
        {
          type: "code",
          label: "Scopes for IMAP and POP, non-GCC accounts",
          code: "https://outlook.office.com/IMAP.AccessAsUser.All\nhttps://outlook.office.com/POP.AccessAsUser.All\noffline_access",
        },
        {
          type: "note",
          tone: "warning",
          title: "Known error",
          text: "The above scopes will not work for GCC accounts.",
        },
        { type: "p", text: "Click on **Save**." },
      ],
      sources: [seedArticle],
      choices: { saved: { label: "Saved", summary: "Saved" } },
    },
    usGovernmentScopes: {
      title: "Steps 23 and 24: add the GCC scopes, then save",
      topic: "Scopes",
      lead: "For the **Scopes**, copy and paste these URLs one at a time. These are the scopes for IMAP and POP and GCC accounts:",
      body: [
        {
          type: "code",
          label: "Scopes for IMAP and POP, GCC High and DoD accounts",
          code: "https://outlook.office365.us/IMAP.AccessAsUser.All\nhttps://outlook.office365.us/POP.AccessAsUser.All\noffline_access",
        },
        {
          type: "note",
          tone: "warning",
          title: "Known error",
          text: "Using GCC scopes with non-GCC accounts will cause connection issues. Read more in Atlassian's guide for Microsoft US DoD or GCC High accounts: it also sets a custom provider with the `login.microsoftonline.us` endpoints.",
        },
        { type: "p", text: "Click on **Save**." },
      ],
      sources: [seedArticle, usGovernmentGuide],
      choices: { saved: { label: "Saved", summary: "Saved" } },
    },
    graphScopes: {
      title: "Steps 23 and 24: add the Microsoft Graph scopes, then save",
      topic: "Scopes",
      lead: "For the **Scopes**, copy and paste these URLs one at a time. These are the scopes for the Microsoft Graph API (valid for Jira Service Management 5.8 and later only):",
      body: [
        {
          type: "code",
          label: "Scopes for the Microsoft Graph API",
          code: "https://graph.microsoft.com/Mail.ReadWrite\nhttps://graph.microsoft.com/offline_access",
        },
        {
          type: "p",
          text: "GCC High and DoD tenants reach Microsoft Graph at `graph.microsoft.us`: use that host in the scopes, and the `.us` endpoints.",
        },
        { type: "p", text: "Click on **Save**." },
      ],
      sources: [seedArticle, usGovernmentGuide],
      choices: { saved: { label: "Saved", summary: "Saved" } },
    },
    testConnection: {
      title: "Step 25: test the connection",
      topic: "Connection test",
      lead: "Click **Test connection**. You'll be redirected to the authentication page: sign in with the account whose mailbox the handler reads. If the authorization is successful, you return to Jira with a confirmation message that the integration worked.",
      sources: [seedArticle],
      choices: {
        connected: { label: "Jira confirms the integration worked", summary: "Worked" },
        failed: { label: "The authorization failed", summary: "Failed" },
      },
    },
    testFailed: {
      title: "What does the error say?",
      topic: "Error",
      lead: "Look at the message in Jira and at `atlassian-jira.log`.",
      choices: {
        aadsts7000215: {
          label: "AADSTS7000215: Invalid client secret provided",
          summary: "AADSTS7000215",
        },
        "tenant-endpoint-error": {
          label:
            "AADSTS50194 (not configured as a multi-tenant application), or “The connection has failed”",
          summary: "Tenant or endpoint error",
        },
        "other-error": { label: "Something else, or no clear error", summary: "Other error" },
      },
    },
    secretExpired: {
      title: "Create a new client secret, update Jira and authorize again",
      lead: "The client secret in the app registration has expired (AADSTS7000222), or Jira has lost its token and the refresh failed, so the mail handler stopped.",
      body: [
        {
          type: "list",
          ordered: true,
          items: [
            "In **App registrations** › your app › **Certificates & secrets**, click **New client secret** and note its **Value**.",
            "In Jira, open the OAuth 2.0 integration and paste the Value into **Client secret**; **Save**.",
            "Click **Test connection** and sign in again with the mailbox's account, so Jira gets a fresh token.",
            "Delete the expired secret, and note the new expiry date.",
          ],
        },
        valueNotSecretId,
      ],
      sources: [seedArticle],
    },
    redirectUri: {
      title: "Register Jira's redirect URL as a Web redirect URI",
      lead: "Microsoft only sends the sign-in back to addresses registered on the app, under the platform that matches the app.",
      body: [
        {
          type: "list",
          items: [
            "Copy the **Redirect URL** from the Jira OAuth 2.0 integration, exactly: https or http, the base URL Jira is reached at, and the id at the end.",
            "In **App registrations** › your app › **Authentication**, add it under the **Web** platform (not Single-page application), and remove stale ones.",
            "Save, then **Test connection** in Jira again.",
          ],
        },
      ],
      sources: [seedArticle],
    },
    consentMissing: {
      title: "Grant admin consent, or assign the user",
      lead: "The tenant needs an administrator's consent for the app's permissions (AADSTS65001, AADSTS90094), or the app requires user assignment and the authorizing user is not assigned (AADSTS50105).",
      body: [
        {
          type: "list",
          items: [
            "An administrator opens **App registrations** › your app › **API permissions** and clicks **Grant admin consent**.",
            "If the app's enterprise application has **Assignment required** set to Yes, assign the authorizing user to it, or set it to No.",
            "Then **Test connection** in Jira again.",
          ],
        },
      ],
      sources: [seedArticle],
    },
    mailboxAccess: {
      title: "Let the authorizing account read the mailbox",
      lead: "Microsoft issued a token, but the mailbox refused it: the account that authorized the integration cannot open that mailbox over that protocol.",
      body: [
        {
          type: "list",
          items: [
            "Authorize with the mailbox's own account, or give the authorizing account Full Access to it.",
            "For IMAP or POP, check the protocol is enabled for the mailbox in the Exchange admin center (**Mailboxes** › the mailbox › **Email apps**).",
            "Check the scopes match the protocol and the cloud: `outlook.office.com` scopes for IMAP and POP; Microsoft Graph scopes for the Graph API.",
            "In the mail handler, choose OAuth 2.0, not a password: a PLAIN login to Exchange Online always fails.",
          ],
        },
      ],
      sources: [seedArticle],
    },
    settingsMismatch: {
      title: "Match Jira's settings to the app registration and the cloud",
      lead: "Jira is asking for an app, a scope or a cloud that does not fit the app registration.",
      body: [
        {
          type: "list",
          items: [
            "**Client ID** in Jira must be the app's **Application (client) ID**, from the tenant the endpoints point at (AADSTS700016).",
            "Scopes are pasted one per line, with the full resource prefix, and for the right cloud (AADSTS70011, AADSTS500011).",
            "An app registered in the US Government cloud must use the `login.microsoftonline.us` endpoints and `.us` scopes, and a commercial one the `.com` ones (AADSTS900382).",
          ],
        },
      ],
      sources: [seedArticle, usGovernmentGuide],
    },
    reauthorize: {
      title: "Authorize the integration again",
      lead: "The token Jira holds can no longer be refreshed: it went unused for 90 days, the user changed or reset their password, a Conditional Access sign-in frequency expired it, or an authorization code was used twice.",
      body: [
        {
          type: "p",
          text: "In Jira, open the OAuth 2.0 integration and click **Test connection**, then sign in with the mailbox's account. The mail handler picks up the new token on its next run.",
        },
      ],
      sources: [seedArticle],
    },
    connected: {
      title: "Connected: the mail handler can use OAuth 2.0",
      lead: "The integration worked. Now point the mail handler at it: in the incoming mail server (Jira) or the email channel (Jira Service Management), choose OAuth 2.0 and this integration as the authentication method.",
      body: [
        {
          type: "p",
          text: "Put the client secret's expiry date in your calendar: before it expires, create a new secret, update Jira and authorize again.",
        },
      ],
    },
    secretIdUsed: {
      title: "AADSTS7000215: paste the secret's Value, not its Secret ID",
      lead: "The atlassian-jira.log file has this:",
      body: [
        {
          type: "code",
          label: "atlassian-jira.log, as quoted in the article",
          code: AADSTS7000215_LOG,
        },
        {
          type: "p",
          text: "This might indicate that the secret value or ID was wrongly copied, as step 19 states. Paste the secret's **Value** into **Client secret** in Jira, or create a new secret to use with this Jira application link, then test the connection again.",
        },
        valueNotSecretId,
      ],
      sources: [seedArticle],
    },
    tenantEndpoints: {
      title: "Use the tenant-specific v2 endpoints",
      lead: "The app registration is single-tenant, but Jira uses the default `/common` endpoints. Microsoft refuses them for single-tenant apps created after 15 October 2018.",
      body: [
        {
          type: "p",
          text: "In Jira, replace the authorization and token endpoints with the ones the app's **Overview** › **Endpoints** lists: `https://login.microsoftonline.com/<tenant id>/oauth2/v2.0/authorize` and `…/oauth2/v2.0/token`. Or change the registration's **Supported account types** to multitenant and personal accounts, as step 5 says. Then test the connection again.",
        },
      ],
      sources: [seedArticle, connectionTestKb],
    },
    authorizationFailed: {
      title: "The authorization failed: raise a ticket with Atlassian Support",
      lead: "What if the authorization fails? Most likely a network issue is preventing the authorization from completing, and the root cause needs a deeper debug: please raise a ticket on the Atlassian Support channel.",
      body: [
        {
          type: "list",
          items: [
            "the answers you gave in this guide (the trail on this page)",
            "the lines of `atlassian-jira.log` from the test, with any secret removed",
            "your Jira version, the protocol and the Microsoft cloud",
            "whether Jira reaches `login.microsoftonline.com` (or `.us`) through a proxy",
          ],
        },
      ],
      sources: [seedArticle],
    },
    consentHandoff: {
      title: "Ask an administrator to grant admin consent",
      lead: "Only an administrator of your Microsoft Entra ID tenant (a Global Administrator, Privileged Role Administrator or Cloud Application Administrator) can grant consent for the whole organization.",
      body: [
        {
          type: "p",
          text: "Send them the app registration's name and Application (client) ID, and the permissions you added. Once they click **Grant admin consent**, continue with the client secret (step 16).",
        },
      ],
    },
  },
} satisfies FlowContent<typeof jiraMailOauthMachine>;
