/**
 * What a person types for a reader. Patterns travel as strings: the step page sends them to the
 * browser with the panel, long before any reader code loads.
 */
export type InputSpec = { label: string; hint: string; pattern: string };

/** An Azure DevOps organization name, also all the server proxy accepts in its URL. */
export const ORGANIZATION = /^[A-Za-z0-9][A-Za-z0-9-]{0,49}$/;

const HEX = "[0-9a-fA-F]";

export const inputs = {
  organization: {
    label: "Azure DevOps organization",
    hint: "The name in https://dev.azure.com/<name>",
    pattern: ORGANIZATION.source,
  },
  "organization-token": {
    label: "Azure DevOps organization",
    hint: "The name in https://dev.azure.com/<name>; the wizard looks for your token named after Jira or Git",
    pattern: ORGANIZATION.source,
  },
  domain: {
    label: "Your Microsoft 365 domain",
    hint: "for example contoso.onmicrosoft.com",
    pattern: "^[A-Za-z0-9.-]{1,253}$",
  },
  "application-id": {
    label: "Application (client) ID",
    hint: "From the app registration's Overview page, for example 6a1f0c2e-…",
    pattern: `^${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}$`,
  },
} as const satisfies Record<string, InputSpec>;

export type InputKind = keyof typeof inputs;

export const fitsInput = (kind: InputKind, value: string): boolean =>
  new RegExp(inputs[kind].pattern).test(value);
