import type { Block, Inline } from "@/lib/content-types";
import { globalPatRetirement, supportDesk, supportEmail, usePats } from "./sources";

export const scopeRule: Inline =
  "The token must have either **Full access** or **Code: Read & write** scope. The minimum requirement is **Code: Read**.";

export const retirementNote: Block = {
  type: "note",
  tone: "warning",
  title: "Global tokens stop working on 1 December 2026",
  text: "Microsoft retires tokens created for **All accessible organizations**: every one of them stops working on 1 December 2026. Until then this fix works; plan now for a token scoped to one organization, where your version of Git Integration for Jira accepts one, or a Microsoft Entra ID connection.",
  sources: [globalPatRetirement, usePats],
};

export const supportContact: Block = {
  type: "p",
  text: `Reach out to GitKraken's [Support Desk](${supportDesk}) or email [${supportEmail}](mailto:${supportEmail}).`,
};

export const whatToSend: Block = {
  type: "list",
  items: [
    "the answers you gave in this guide (the trail on this page)",
    "the Jira log lines around the error, with any token removed",
    "the versions of Jira and of Git Integration for Jira",
    "the token's organization, scopes and expiry date (never the token itself)",
  ],
};

export const verifyChoices = {
  verified: { label: "Everything matches", summary: "Everything matches" },
  mismatch: { label: "Something does not match", summary: "Something did not match" },
};

export const editKeepsValue: Block = {
  type: "p",
  text: "Editing keeps the token's value, so the copy you made still works. A revoked token cannot be edited: create a new one instead.",
};
