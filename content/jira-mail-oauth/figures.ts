import type { Figure } from "@/lib/content-types";

const dir = "/illustrations/jira-mail-oauth";
const jira =
  "Illustration of Jira Data Center 10 administration (2026), drawn for this guide: not a screenshot.";
const entra =
  "Illustration of the Microsoft Entra admin center, App registrations (2026), drawn for this guide: not a screenshot.";

export const figures = {
  "jira-application-links": {
    src: `${dir}/jira-application-links.svg`,
    alt: "Jira administration, Applications, Application links: the Create link dialog with External application and Outgoing selected, and Microsoft chosen as the service provider, highlighted.",
    caption: `Jira 8.22 and later: the integration is an outgoing external application link. ${jira}`,
    width: 720,
    height: 400,
  },
  "jira-oauth2-page": {
    src: `${dir}/jira-oauth2-page.svg`,
    alt: "Jira administration, System, OAuth 2.0: the Add new integration button and Microsoft selected as the provider, highlighted.",
    caption: `Jira before 8.22: System › OAuth 2.0, Add new integration. Illustration of Jira 8.20 administration (2026), drawn for this guide: not a screenshot.`,
    width: 720,
    height: 400,
  },
  "jira-redirect-url": {
    src: `${dir}/jira-redirect-url.svg`,
    alt: "The bottom section of Jira's OAuth 2.0 integration form. The Redirect URL field, ending in /plugins/servlet/oauth2/client/callback/ and an id, is highlighted with its copy button.",
    caption: `Step 1: copy the Redirect URL from the integration. ${jira}`,
    width: 720,
    height: 260,
  },
  "entra-new-registration": {
    src: `${dir}/entra-new-registration.svg`,
    alt: "Register an application. Supported account types: the option Accounts in any organizational directory (Any Microsoft Entra ID tenant - Multitenant) and personal Microsoft accounts is selected and highlighted. Redirect URI: platform Web, with Jira's redirect URL pasted, highlighted. A Register button at the bottom.",
    caption: `Steps 5 to 8: account types and the Web redirect URI. ${entra}`,
    width: 720,
    height: 460,
  },
  "entra-api-permissions": {
    src: `${dir}/entra-api-permissions.svg`,
    alt: "API permissions of the app: Microsoft Graph delegated permissions IMAP.AccessAsUser.All, POP.AccessAsUser.All, offline_access and User.Read, each with a green Granted status, and the Grant admin consent button, highlighted.",
    caption: `Steps 9 to 15: delegated permissions and admin consent. ${entra}`,
    width: 720,
    height: 380,
  },
  "entra-client-secret": {
    src: `${dir}/entra-client-secret.svg`,
    alt: "Certificates & secrets, Client secrets tab: a secret with its description, expiry date, Value and Secret ID columns. The Value column is highlighted as the one to copy; the Secret ID column is crossed out.",
    caption: `Steps 16 to 19: the Value, not the Secret ID, is Jira's client secret. ${entra}`,
    width: 720,
    height: 300,
  },
  "entra-overview-endpoints": {
    src: `${dir}/entra-overview-endpoints.svg`,
    alt: "The app's Overview page: the Application (client) ID is highlighted, and the Endpoints panel lists the OAuth 2.0 authorization endpoint (v2) and OAuth 2.0 token endpoint (v2), also highlighted.",
    caption: `Steps 20 and 21, and the extra step: the client ID and the v2 endpoints. ${entra}`,
    width: 720,
    height: 380,
  },
  "jira-oauth-credentials": {
    src: `${dir}/jira-oauth-credentials.svg`,
    alt: "Jira's OAuth 2.0 integration form filled in: Client ID, Client secret (hidden), Authorization endpoint, Token endpoint and a Scopes list, with the Save button and the Test connection button highlighted.",
    caption: `Steps 22 to 25: credentials, scopes, Save, then Test connection. ${jira}`,
    width: 720,
    height: 440,
  },
} as const satisfies Record<string, Figure>;
