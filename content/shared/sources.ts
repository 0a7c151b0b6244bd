import type { Source } from "@/lib/content-types";

/** Sources more than one flow cites. */
export const adoOauthNoNewApps: Source = {
  title: "Azure DevOps Blog: No new Azure DevOps OAuth apps beginning April 2025",
};

export const manageAuthorizationsDoc: Source = {
  title:
    "Microsoft Learn: Manage authorizations (Azure DevOps Services, Azure DevOps Server 2022 and 2020)",
  url: "https://learn.microsoft.com/azure/devops/organizations/accounts/manage-authorizations",
};

export const entraAuthDoc: Source = {
  title: "Microsoft Learn: Use Microsoft Entra ID for Azure DevOps authentication",
  url: "https://learn.microsoft.com/azure/devops/integrate/get-started/authentication/entra",
};
