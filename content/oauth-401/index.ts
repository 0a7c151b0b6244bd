import type { Block, FlowContent, Source } from "@/lib/content-types";
import type { oauth401Machine } from "@/machines/oauth-401";
import { adoOauthNoNewApps } from "../shared/sources";

const dir = "/illustrations/oauth-401";
const ado =
  "Illustration of Azure DevOps Services, Organization settings › Security › Policies (2026), drawn for this guide: not a screenshot.";

const seedArticle: Source = {
  title:
    "Git Integration for Jira Cloud: OAuth connection error or error 401 page with Azure DevOps with Active Directory integration",
  url: "https://help.gitkraken.com/git-integration-for-jira-cloud/",
};
const policiesDoc: Source = {
  title:
    "Microsoft Learn: Change application connection and security policies for your organization",
  url: "https://learn.microsoft.com/azure/devops/organizations/accounts/change-application-access-policies",
};
const supportDesk =
  "https://help.gitkraken.com/git-integration-for-jira-cloud/gij-cloud-contact-support/";

const contactUs: Block = {
  type: "p",
  text: `If you still have a question, reach out to GitKraken's [Support Desk](${supportDesk}) or email [gijsupport@gitkraken.com](mailto:gijsupport@gitkraken.com).`,
};
const whatToSend: Block = {
  type: "list",
  items: [
    "the answers you gave in this guide (the trail on this page)",
    "the exact error text or a screenshot of the 401 page, with any token removed",
    "whether your Azure DevOps organization is connected to Microsoft Entra ID, and the two policy settings",
  ],
};

export const oauth401Content = {
  title: "OAuth connection error or 401 page with Azure DevOps",
  symptom: "Connecting Azure DevOps with OAuth shows “OAuth connection error” or a 401 page",
  fixes:
    "Azure DevOps policies that reject the Git Integration for Jira app: third-party OAuth access turned off, and Conditional Access policy validation forcing MFA from untrusted locations.",
  keywords: [
    "OAuth connection error",
    "401",
    "Unauthorized",
    "Third-party application access via OAuth",
    "Conditional Access",
    "MFA",
    "TF400813",
    "VS403463",
    "AADSTS53003",
    "AADSTS50076",
    "Active Directory",
    "Entra ID",
  ],
  figures: {
    "ado-oauth-policy": {
      src: `${dir}/ado-oauth-policy.svg`,
      alt: "Azure DevOps Organization settings, Security, Policies. Under Application connection policies, the Third-party application access via OAuth switch is highlighted and set to On.",
      caption: `Step 4: Third-party application access via OAuth set to On. ${ado}`,
      width: 720,
      height: 400,
    },
    "ado-conditional-access-policy": {
      src: `${dir}/ado-conditional-access-policy.svg`,
      alt: "Azure DevOps Organization settings, Security, Policies. The Enable IP Conditional Access policy validation switch is highlighted and set to Off, while Third-party application access via OAuth stays On.",
      caption: `For organizations connected to Microsoft Entra ID: Conditional Access policy validation set to Off. ${ado}`,
      width: 720,
      height: 400,
    },
  },
  conditions: {
    isEntraBacked: { when: "connected to Entra ID", otherwise: "not connected to Entra ID" },
  },
  changes: [{ version: 1, date: "2026-11-21", summary: "First version of this guide." }],
  steps: {
    authMethod: {
      title: "How does Git Integration for Jira connect to Azure DevOps?",
      topic: "Connection type",
      lead: "The problem: you get an **OAuth connection error**, or a **401** web page, when integrating Git Integration for Jira with Azure DevOps connected to Active Directory (now Microsoft Entra ID).",
      sources: [seedArticle],
      choices: {
        oauth: {
          label: "With OAuth: I sign in with Microsoft when I add the integration",
          summary: "OAuth",
        },
        pat: { label: "With a personal access token", summary: "Personal access token" },
      },
    },
    directory: {
      title: "Is your Azure DevOps organization connected to Microsoft Entra ID?",
      topic: "Organization directory",
      lead: "In Azure DevOps, open **Organization settings** › **Microsoft Entra**. It either names the directory (Active Directory, now Microsoft Entra ID) the organization is connected to, or offers to connect one.",
      body: [
        {
          type: "p",
          text: "These issues are related to the security settings in your Azure DevOps portal, where certain security policies are rejecting connections to the Git Integration for Jira app. For an organization connected to Active Directory, the conditional access policy setting (when enabled) also forces every untrusted location to require MFA in order to connect with Azure DevOps.",
        },
      ],
      choices: {
        entra: {
          label: "Yes, it is connected to a Microsoft Entra ID (Active Directory) directory",
          summary: "Connected to Entra ID",
        },
        "no-entra": { label: "No, it uses Microsoft accounts only", summary: "Not connected" },
      },
    },
    oauthPolicy: {
      title: "Turn on Third-party application access via OAuth",
      topic: "OAuth policy",
      lead: "Git Integration for Jira Cloud requires Git admins to allow the third-party application access via OAuth security policy in their organization settings.",
      body: [
        {
          type: "list",
          ordered: true,
          items: [
            "On your VSTS / Azure DevOps portal, go to the home page.",
            "Click an organization, then go to **Organization Settings** (sidebar).",
            "Under **Security**, click **Policies**.",
            "Ensure that the **Third-party application access via OAuth** option is set to **On**.",
          ],
        },
        { type: "figure", figure: "ado-oauth-policy" },
        {
          type: "note",
          tone: "info",
          title: "Off by default for new organizations",
          text: "Azure DevOps turns this policy off for every new organization, so a first integration fails until an administrator turns it on. It governs apps that use Azure DevOps OAuth only, not apps registered in Microsoft Entra ID. Azure DevOps OAuth takes no new app registrations since April 2025 and is slated for deprecation in 2026.",
          sources: [policiesDoc, adoOauthNoNewApps],
        },
      ],
      sources: [seedArticle, policiesDoc],
      choices: {
        "was-off": { label: "It was off: I turned it on", summary: "Was off, now on" },
        "already-on": { label: "It was already on", summary: "Already on" },
      },
    },
    reconnect: {
      title: "Connect the integration again",
      topic: "Result",
      lead: "In Jira, open **Git Integration for Jira** › **Manage integrations** and add (or reconnect) the Azure DevOps integration with OAuth. Sign in when Microsoft asks you to.",
      choices: {
        connected: { label: "Connected: my repositories are listed", summary: "Connected" },
        "still-failing": {
          label: "Still an OAuth connection error or a 401 page",
          summary: "Still failing",
        },
      },
    },
    conditionalAccess: {
      title: "Set Conditional Access policy validation to Off",
      topic: "Conditional Access policy",
      lead: "For organizations connected to Microsoft Entra ID (Azure Active Directory), Third-party application access via OAuth must be on, **and** the conditional access policy validation must be set to **Off**.",
      body: [
        {
          type: "p",
          text: "The cause, for Azure DevOps with Active Directory connections: the conditional access security setting is enabled. While **Enable IP Conditional Access policy validation** is on, Azure DevOps applies your Entra Conditional Access policies to the app's calls too, and a policy that requires MFA from untrusted locations blocks them: the app's server cannot answer an MFA prompt.",
        },
        {
          type: "p",
          text: "In **Organization settings** › **Security** › **Policies**, set **Enable IP Conditional Access policy validation** to **Off**.",
        },
        { type: "figure", figure: "ado-conditional-access-policy" },
      ],
      sources: [seedArticle, policiesDoc],
      choices: {
        "turned-off": { label: "I set it to Off", summary: "Set to Off" },
        "must-stay-on": {
          label: "Our security policy requires it to stay on",
          summary: "Must stay on",
        },
      },
    },
    reconnectAfterPolicy: {
      title: "Connect the integration again",
      topic: "Result after the policy change",
      lead: "In Jira, open **Git Integration for Jira** › **Manage integrations** and reconnect the Azure DevOps integration with OAuth.",
      choices: {
        connected: { label: "Connected: my repositories are listed", summary: "Connected" },
        "still-failing": {
          label: "Still an OAuth connection error or a 401 page",
          summary: "Still failing",
        },
      },
    },
    fixed: {
      title: "Connected: the policies let the app in",
      lead: "Git Integration for Jira can reach Azure DevOps again. If a colleague turns the policy back off, the same error returns: tell your Azure DevOps administrators why it must stay on.",
    },
    patGuide: {
      title: "Use the personal access token guide instead",
      lead: "This guide is for OAuth connections. For a personal access token that Azure DevOps refuses, follow the guide for that error.",
      body: [{ type: "p", text: "[Open the personal access token guide](/pat-not-authorized)" }],
    },
    stillFailing: {
      title: "Still failing: contact GitKraken support",
      lead: "The OAuth policy is on and, where it applies, Conditional Access policy validation is off, and the connection still fails. The article ends here.",
      body: [contactUs, whatToSend],
      sources: [seedArticle],
    },
    conditionalAccessHandoff: {
      title: "Ask your Entra administrators for an exception",
      lead: "While Conditional Access policy validation stays on, your Entra Conditional Access policies decide whether the app may connect, and a policy that requires MFA from untrusted locations will block it.",
      body: [
        {
          type: "p",
          text: "Ask the administrators of your Microsoft Entra ID tenant to exclude the app's connection from the MFA requirement, for example by adding the addresses it connects from as a trusted named location. GitKraken's support can tell you those addresses.",
        },
        contactUs,
        whatToSend,
      ],
      sources: [policiesDoc],
    },
  },
} satisfies FlowContent<typeof oauth401Machine>;
