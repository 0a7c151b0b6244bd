import type { Source } from "@/lib/content-types";

export const seedArticle: Source = {
  title:
    "Git Integration for Jira: Personal access token failing Azure DevOps integration with Not Authorized error",
  url: "https://help.gitkraken.com/git-integration-for-jira-data-center/",
};

export const globalPatRetirement: Source = {
  title: "Azure DevOps Blog: Retirement of Global Personal Access Tokens in Azure DevOps",
  date: "2025-12",
};

export const usePats: Source = {
  title: "Microsoft Learn: Use personal access tokens",
  url: "https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
};

export const patPolicies: Source = {
  title: "Microsoft Learn: Manage personal access tokens using policies",
  url: "https://learn.microsoft.com/azure/devops/organizations/accounts/manage-pats-with-policies-for-administrators",
};

export const tfsProxyArticle: Source = {
  title: "Git Integration for Jira: TFS - Not authorized exception when Jira works thru proxy",
  url: "https://help.gitkraken.com/git-integration-for-jira-data-center/tfs-not-authorized-exception-when-jira-works-thru-proxy-gij-self-managed/",
};

export const supportDesk =
  "https://help.gitkraken.com/git-integration-for-jira-data-center/gij-self-hosted-contact-support/";
export const supportEmail = "gijsupport@gitkraken.com";
