import type { Figure } from "@/lib/content-types";

const dir = "/illustrations/pat-not-authorized";
const ado =
  "Illustration of Azure DevOps Services, User settings › Personal access tokens (2026), drawn for this guide: not a screenshot.";
const gij =
  "Illustration of Git Integration for Jira Data Center in Jira 10 (2026), drawn for this guide: not a screenshot.";

export const figures = {
  "jira-not-authorized": {
    src: `${dir}/jira-not-authorized.svg`,
    alt: "The Git Integration for Jira Add new integration dialog for Azure DevOps, with a red Not authorized error under the personal access token field.",
    caption: `The error Jira admins see when Azure DevOps refuses the token. ${gij}`,
    width: 720,
    height: 420,
  },
  "ado-token-list": {
    src: `${dir}/ado-token-list.svg`,
    alt: "The Azure DevOps Personal Access Tokens list. Each row shows the token name, its Organization (highlighted, one row reads All accessible organizations, another a single organization), its Status and its expiry date.",
    caption: `Where to read a token's organization, status and expiry. ${ado}`,
    width: 720,
    height: 380,
  },
  "ado-new-token": {
    src: `${dir}/ado-new-token.svg`,
    alt: "The Create a new personal access token panel. The Organization dropdown is highlighted and set to All accessible organizations; under Scopes, Custom defined is chosen with Code: Read & write ticked; the Create button is at the bottom.",
    caption: `Step 1: a token for All accessible organizations with Code: Read & write. ${ado}`,
    width: 720,
    height: 520,
  },
  "ado-new-org-token": {
    src: `${dir}/ado-new-org-token.svg`,
    alt: "The Create a new personal access token panel. The Organization dropdown is highlighted and set to one organization, named contoso in this drawing; under Scopes, Custom defined is chosen with Code: Read ticked.",
    caption: `A token scoped to the organization that holds your repositories. ${ado}`,
    width: 720,
    height: 520,
  },
  "ado-copy-token": {
    src: `${dir}/ado-copy-token.svg`,
    alt: "The Success! panel after creating a token. The token value is hidden behind dots in this drawing and the Copy to clipboard button beside it is highlighted.",
    caption: `Step 2: copy the token while Azure DevOps still shows it. ${ado}`,
    width: 720,
    height: 300,
  },
  "jira-paste-token": {
    src: `${dir}/jira-paste-token.svg`,
    alt: "The Git Integration for Jira Add new integration dialog with Azure DevOps chosen as the git host. The Personal access token field and the Connect button are highlighted.",
    caption: `Steps 4 and 5: paste the new token, then click Connect. ${gij}`,
    width: 720,
    height: 420,
  },
} as const satisfies Record<string, Figure>;
