import type { Reader } from "../reader-context";
import type { ReaderId } from "../reader-catalog";
import { readAdminConsent } from "./admin-consent";
import { readDirectory } from "./ado-directory";
import { readPolicy } from "./ado-policy";
import { readRegistration } from "./app-registration";
import { readClientSecrets } from "./client-secrets";
import { readDelegatedPermissions } from "./delegated-permissions";
import { readJiraTokenCheck } from "./jira-token";
import { readCloud } from "./tenant-cloud";

/** Every reader of the catalog, by id: a catalog entry without code fails to compile. */
export const readers: { readonly [R in ReaderId]: Reader<R> } = {
  "ado-directory": readDirectory,
  "ado-policy": readPolicy,
  "jira-token-check": readJiraTokenCheck,
  "tenant-cloud": readCloud,
  "app-registration": readRegistration,
  "delegated-permissions": readDelegatedPermissions,
  "admin-consent": readAdminConsent,
  "client-secrets": readClientSecrets,
};
