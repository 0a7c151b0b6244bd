/** Documentation that several rules cite as their source. */

export const GIJ_SM = "gitkraken/git-integration-for-jira-self-managed-docs";
export const GIJ_CLOUD =
  "gitkraken/git-integration-for-jira-cloud-docs troubleshooting-articles-gij-cloud.md";
export const ATLASSIAN_MAIL = "Atlassian KB 1095250181 (Jira mail handlers and OAuth 2.0)";
