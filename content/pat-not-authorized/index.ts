import type { FlowContent } from "@/lib/content-types";
import type { patNotAuthorizedMachine } from "@/machines/pat-not-authorized";
import { figures } from "./figures";
import {
  editKeepsValue,
  retirementNote,
  scopeRule,
  supportContact,
  verifyChoices,
  whatToSend,
} from "./shared";
import { globalPatRetirement, patPolicies, seedArticle, tfsProxyArticle, usePats } from "./sources";

const SEED_LOG = `2019-07-08 12:21:09,997 http-nio-8080-exec-436 ERROR sfj 741x4276982x1 a7oa8 192.168.143.212 /rest/gitplugin/1.0/trackedfolders/scan/4994-Bpv7dj9zmeyFAAf6 [c.b.j.g.rest.exceptionmappers.WrappedIntegrationAPIExceptionMapper] Rest API has thrown exception.
com.bigbrassband.jira.git.exceptions.external.WrappedMicrosoftAPIException: External service error
at com.bigbrassband.jira.git.services.integration.microsoft.MicrosoftApi.getRepositoriesMS(MicrosoftApi.java:134)
at com.bigbrassband.jira.git.services.integration.microsoft.MicrosoftApi.getRepositories(MicrosoftApi.java:93)
at com.bigbrassband.jira.git.services.integration.microsoft.MicrosoftApiService.scan(MicrosoftApiService.java:132)
...
Caused by: com.bigbrassband.common.indexer.sources.clients.RequestException: Microsoft https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=1.0 Unauthorized (401)
at com.bigbrassband.common.indexer.sources.clients.MicrosoftClient.runRequest(MicrosoftClient.java:288)
at com.bigbrassband.common.indexer.sources.clients.MicrosoftClient.getUserId(MicrosoftClient.java:173)
... 10 more`;

export const patNotAuthorizedContent = {
  title: "Personal access token refused with “Not authorized”",
  symptom:
    "Git Integration for Jira says “Not authorized” when I connect Azure DevOps with a personal access token",
  fixes:
    "A personal access token that Azure DevOps refuses: wrong organization, too little scope, expired or inactive, and the retirement of global tokens.",
  keywords: [
    "PAT",
    "personal access token",
    "Not authorized",
    "401",
    "Unauthorized",
    "profiles/me",
    "app.vssps.visualstudio.com",
    "All accessible organizations",
    "Git Integration for Jira",
    "WrappedMicrosoftAPIException",
  ],
  figures,
  conditions: {
    globalPatsRetired: { when: "from 1 December 2026", otherwise: "before 1 December 2026" },
  },
  changes: [{ version: 1, date: "2026-11-21", summary: "First version of this guide." }],
  steps: {
    hosting: {
      title: "Where does your Azure DevOps run?",
      topic: "Azure DevOps hosting",
      lead: "The problem: the personal access token created in Azure DevOps is not valid for authentication. This guide follows the Git Integration for Jira article on that error, which is written for Azure DevOps Services.",
      sources: [seedArticle],
      choices: {
        services: {
          label: "Azure DevOps Services (dev.azure.com or visualstudio.com)",
          summary: "Azure DevOps Services",
        },
        server: {
          label: "Azure DevOps Server or TFS on our own servers",
          summary: "Azure DevOps Server or TFS",
        },
      },
    },
    symptom: {
      title: "What does Jira show when you connect with the token?",
      topic: "Error seen",
      lead: "Jira admins see a **Not authorized** error when connecting to Azure DevOps with a personal access token if the token was created for a specific Azure DevOps organization.",
      body: [
        { type: "figure", figure: "jira-not-authorized" },
        { type: "p", text: "The Jira log has the full error. Technical info:" },
        {
          type: "code",
          label: "Jira log (atlassian-jira.log), as quoted in the article",
          code: SEED_LOG,
        },
        {
          type: "p",
          text: "The line that matters is the last `Caused by`: `Microsoft https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=1.0 Unauthorized (401)`. The app first asks Azure DevOps's profile service who the token belongs to; that service is not tied to any one organization, so it refuses a token made for a single organization.",
        },
      ],
      choices: {
        "not-authorized": {
          label: "“Not authorized”, or this Unauthorized (401) in the log",
          summary: "Not authorized (401 from the profile service)",
        },
        "token-expired": {
          label: "“Access Denied: The Personal Access Token used has expired”",
          summary: "The token has expired",
        },
        "other-error": { label: "A different error", summary: "A different error" },
      },
    },
    tokenOrganization: {
      title: "Which organization was the token created for?",
      topic: "Token organization",
      lead: "In Azure DevOps, open **User settings** › **Personal access tokens**. The **Organization** column shows what each token was created for.",
      body: [
        { type: "figure", figure: "ado-token-list" },
        {
          type: "p",
          text: "Azure DevOps personal access tokens for Git Integration for Jira must be created using **All accessible organizations** in the **Organization** dropdown.",
        },
        retirementNote,
      ],
      choices: {
        "one-organization": {
          label: "One specific organization",
          summary: "One specific organization",
        },
        "all-organizations": {
          label: "All accessible organizations",
          summary: "All accessible organizations",
        },
        "not-sure": {
          label: "I can’t tell which token Jira uses",
          summary: "Not sure which token Jira uses",
        },
      },
    },
    tokenScope: {
      title: "Which scopes does the token have?",
      topic: "Token scopes",
      lead: scopeRule,
      body: [
        { type: "p", text: "Select the token in the list and choose **Edit** to see its scopes." },
      ],
      choices: {
        "full-access": { label: "Full access" },
        "code-read-write": {
          label: "Custom defined, with Code: Read & write",
          summary: "Code: Read & write",
        },
        "code-read": { label: "Custom defined, with Code: Read only", summary: "Code: Read" },
        "other-scopes": {
          label: "Custom defined, without any Code scope",
          summary: "No Code scope",
        },
      },
    },
    tokenStatus: {
      title: "Is the token active and not expired?",
      topic: "Token status",
      lead: "The token list shows each token's **Status** and the date it **Expires**. A token that is expired, or no longer active, is refused.",
      body: [{ type: "figure", figure: "ado-token-list" }],
      choices: {
        active: { label: "Active, and it expires in the future", summary: "Active, not expired" },
        expired: { label: "Expired", summary: "Expired" },
        inactive: { label: "Revoked, or not active", summary: "Not active" },
      },
    },
    tokenLooksRight: {
      title: "The token meets every condition: paste it again",
      topic: "Next move",
      lead: "The token uses All accessible organizations, has enough scope and is active. What is left is the value Jira holds: a character lost in copying, or an older token pasted by mistake.",
      body: [
        {
          type: "p",
          text: "Azure DevOps shows a token's value only once, when it is created. If you no longer have the value, create a new token.",
        },
      ],
      choices: {
        "paste-again": {
          label: "I have the value: paste it again",
          summary: "Paste the same token again",
        },
        "create-new": { label: "Create a new token", summary: "Create a new token" },
      },
    },
    createToken: {
      title: "Step 1: create a new personal access token",
      topic: "New token",
      lead: "In Azure DevOps, open **User settings** › **Personal access tokens** and choose **New Token**.",
      body: [
        {
          type: "list",
          ordered: true,
          items: [
            "Give it a name you will recognise, for example *Git Integration for Jira*.",
            "In the **Organization** dropdown, choose **All accessible organizations**.",
            "Set an expiry date that your organization's policy allows.",
            "Under **Scopes**, choose **Full access**, or **Custom defined** with **Code: Read & write**. The minimum requirement is **Code: Read**.",
            "Choose **Create**.",
          ],
        },
        { type: "figure", figure: "ado-new-token" },
        retirementNote,
      ],
      sources: [seedArticle, usePats],
      choices: {
        created: { label: "Token created", summary: "Created" },
        "option-missing": {
          label: "All accessible organizations or Full access is missing or greyed out",
          summary: "Option missing or greyed out",
        },
      },
    },
    copyToken: {
      title: "Step 2: copy the token",
      topic: "Token copied",
      lead: "Azure DevOps shows the new token's value once. Copy it now and keep it somewhere safe until it is in Jira: the value cannot be shown again.",
      body: [
        { type: "figure", figure: "ado-copy-token" },
        {
          type: "note",
          tone: "info",
          title: "Treat it like a password",
          text: "Never paste the token into a ticket, a chat or this guide. The summary this guide makes for support never contains it.",
        },
      ],
      choices: { copied: { label: "Copied", summary: "Copied" } },
    },
    verifyToken: {
      title: "Step 3: verify the token",
      topic: "Token verified",
      lead: "In the token list, verify that the new token uses **All accessible organizations**, has sufficient scopes, is not expired and is active.",
      body: [
        { type: "figure", figure: "ado-token-list" },
        { type: "p", text: scopeRule },
      ],
      choices: verifyChoices,
    },
    editToken: {
      title: "Correct the token's settings",
      topic: "Token corrected",
      lead: "Select the token in the list and choose **Edit**. Set **Organization** to **All accessible organizations**, choose **Full access** or **Code: Read & write** (at least **Code: Read**), move the expiry date if it has passed, then choose **Save**.",
      body: [editKeepsValue, { type: "figure", figure: "ado-new-token" }],
      sources: [usePats],
      choices: { saved: { label: "Saved", summary: "Saved" } },
    },
    pasteToken: {
      title: "Step 4: paste the newly created token into Jira",
      topic: "Token pasted",
      lead: "In Jira, go to **Git** › **Manage repositories**. Open the Azure DevOps integration's settings, or use **Add new integration** and choose **Azure DevOps**, and paste the token into the **Personal access token** field.",
      body: [{ type: "figure", figure: "jira-paste-token" }],
      choices: { pasted: { label: "Pasted", summary: "Pasted" } },
    },
    connect: {
      title: "Step 5: click Connect",
      topic: "Result",
      lead: "Click **Connect**. Git Integration for Jira checks the token with Azure DevOps and lists the repositories it can reach.",
      choices: {
        connected: { label: "Connected: my repositories are listed", summary: "Connected" },
        "still-not-authorized": {
          label: "Still “Not authorized”",
          summary: "Still Not authorized",
        },
      },
    },
    globalPatsRetired: {
      title: "Tokens for All accessible organizations stopped working on 1 December 2026",
      topic: "Way forward",
      lead: "The article's fix no longer works. Microsoft retired global personal access tokens, the kind created with **All accessible organizations**: every one of them stopped working on 1 December 2026, so Azure DevOps refuses them and Jira shows Not authorized.",
      body: [
        { type: "p", text: "What remains:" },
        {
          type: "list",
          items: [
            "A token scoped to the organization that holds your repositories, where your version of Git Integration for Jira accepts one.",
            "A connection through Microsoft Entra ID (Microsoft sign-in, OAuth) instead of a token, where your version of the app offers it.",
            "GitKraken's support, with the summary this guide makes.",
          ],
        },
      ],
      sources: [globalPatRetirement, usePats],
      choices: {
        "org-token": {
          label: "Use a token for one organization",
          summary: "Organization-scoped token",
        },
        entra: {
          label: "Connect with Microsoft sign-in instead",
          summary: "Microsoft sign-in (Entra ID)",
        },
        "contact-support": {
          label: "Neither is possible: contact support",
          summary: "Contact support",
        },
      },
    },
    createOrgToken: {
      title: "Step 1: create a token for your organization",
      topic: "New token",
      lead: "In Azure DevOps, open **User settings** › **Personal access tokens** and choose **New Token**.",
      body: [
        {
          type: "list",
          ordered: true,
          items: [
            "Give it a name you will recognise, for example *Git Integration for Jira*.",
            "In the **Organization** dropdown, choose the organization that holds the repositories Jira should see.",
            "Set an expiry date that your organization's policy allows.",
            "Under **Scopes**, choose **Custom defined** with **Code: Read & write**, or at least **Code: Read**. Give no more than the app needs.",
            "Choose **Create**.",
          ],
        },
        { type: "figure", figure: "ado-new-org-token" },
      ],
      sources: [usePats],
      choices: {
        created: { label: "Token created", summary: "Created" },
        "option-missing": {
          label: "The organization or the scope I need is missing or greyed out",
          summary: "Option missing or greyed out",
        },
      },
    },
    verifyOrgToken: {
      title: "Step 3: verify the token",
      topic: "Token verified",
      lead: "In the token list, verify that the new token names the organization that holds your repositories, has at least **Code: Read**, is not expired and is active.",
      body: [{ type: "figure", figure: "ado-token-list" }],
      choices: verifyChoices,
    },
    editOrgToken: {
      title: "Correct the token's settings",
      topic: "Token corrected",
      lead: "Select the token in the list and choose **Edit**. Choose the organization that holds your repositories, give it **Code: Read & write** or at least **Code: Read**, move the expiry date if it has passed, then choose **Save**.",
      body: [editKeepsValue],
      sources: [usePats],
      choices: { saved: { label: "Saved", summary: "Saved" } },
    },
    fixed: {
      title: "Connected: Azure DevOps accepted the token",
      lead: "Git Integration for Jira can now read your repositories with the new token.",
      body: [
        retirementNote,
        {
          type: "p",
          text: "Put the token's expiry date in your calendar: when it expires, Jira shows Not authorized again, and the same steps fix it.",
        },
      ],
    },
    entraConnection: {
      title: "Connect with Microsoft sign-in instead of a token",
      lead: "Microsoft's answer to the retirement of global tokens is Microsoft Entra ID: sign in with a Microsoft account that can see your repositories, and no personal access token is needed.",
      body: [
        {
          type: "p",
          text: "In Jira, go to **Git** › **Manage repositories** › **Add new integration**, choose **Azure DevOps**, and pick the OAuth (Microsoft sign-in) option where your version of Git Integration for Jira offers it. Then remove the integration that used the old token.",
        },
        {
          type: "p",
          text: "If the sign-in fails with an OAuth connection error or a 401 page, your Azure DevOps organization's policy may block third-party OAuth access or require MFA from untrusted locations: that is a separate guide.",
        },
      ],
      sources: [globalPatRetirement],
    },
    stillFailing: {
      title: "Still not authorized: contact GitKraken support",
      lead: "The token is for All accessible organizations, has enough scope, is active, was pasted fresh, and Jira still says Not authorized. If you still have a question, the app's support team takes it from here.",
      body: [supportContact, whatToSend],
    },
    orgTokenRefused: {
      title: "Your version of the app refuses a token for one organization",
      lead: "Versions of Git Integration for Jira that check the token with the profile service (`app.vssps.visualstudio.com/_apis/profile/profiles/me`) refuse a token made for one organization, and global tokens no longer work.",
      body: [
        {
          type: "list",
          items: [
            "Update Git Integration for Jira to a version that accepts organization-scoped tokens (see the app's release notes), then paste the token again.",
            "Or connect with Microsoft sign-in (Entra ID) if your version offers it.",
          ],
        },
        supportContact,
        whatToSend,
      ],
      sources: [globalPatRetirement],
    },
    vendorSupport: {
      title: "Contact GitKraken support",
      lead: "Global tokens no longer work and neither replacement fits your setup. GitKraken's support can tell you which version of the app accepts organization-scoped tokens or Microsoft sign-in.",
      body: [supportContact, whatToSend],
    },
    patPolicyHandoff: {
      title: "A policy restricts which tokens you can create",
      lead: "Azure DevOps administrators can restrict the creation of global (All accessible organizations) and full-scoped personal access tokens, and cap their lifespan. While such a policy is on, the option is missing or refused.",
      body: [
        {
          type: "p",
          text: "Ask an Azure DevOps Administrator (a Microsoft Entra role) to check **Organization settings** › **Microsoft Entra** › **Policies**: *Restrict global personal access token creation*, *Restrict full-scoped personal access token creation* and *Enforce maximum personal access token lifespan*. They can add you to the policy's allow list, or agree on another way to connect.",
        },
        whatToSend,
      ],
      sources: [patPolicies],
    },
    serverHandoff: {
      title: "This guide is for Azure DevOps Services",
      lead: "The article behind this guide is written for Azure DevOps Services. On Azure DevOps Server or TFS, tokens are created per collection, and the retirement of global tokens does not apply.",
      body: [
        {
          type: "list",
          items: [
            "Check that the URL in Jira includes the collection, for example `https://server/DefaultCollection` or `http://server:8080/tfs/DefaultCollection`: without it the server answers `TF400813: Resource not available for anonymous access`.",
            "If Jira reaches the server through a proxy, add the server's host name to `-Dhttp.nonProxyHosts` in Jira's JVM options, so that the proxy does not intercept the connection.",
            "Check that the token's owner may clone the repositories: listing them is not enough.",
          ],
        },
        supportContact,
      ],
      sources: [tfsProxyArticle],
    },
    otherErrorHandoff: {
      title: "A different error needs a different guide",
      lead: "This guide is for the **Not authorized** error with a personal access token. Start again from the list of symptoms, or contact GitKraken support with the exact error.",
      body: [{ type: "p", text: "[See every guide](/)" }, supportContact],
    },
  },
} satisfies FlowContent<typeof patNotAuthorizedMachine>;
