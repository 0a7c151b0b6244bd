import { type InputSpec, type InputKind, inputs } from "./inputs";

type About = {
  input: InputKind;
  needsSignIn: boolean;
  /** What it reads and with which sign-in, in words shown next to the button. */
  reads: string;
  /** Every fact it can report: a binding maps each one to an answer or to what to ask. */
  findings: readonly string[];
};

/**
 * Every reader, described by data alone so that a step page can show its panel without loading
 * reader code. The readers themselves are in ./readers, loaded when someone asks for a read.
 */
export const readerCatalog = {
  "ado-directory": {
    input: "organization",
    needsSignIn: false,
    reads: "the directory your organization is connected to (public, no sign-in needed)",
    findings: ["entra-tenant", "microsoft-accounts"],
  },
  "ado-policy": {
    input: "organization",
    needsSignIn: true,
    reads: "Organization settings › Policies (Azure DevOps, your sign-in)",
    findings: ["on", "off"],
  },
  "jira-token-check": {
    input: "organization-token",
    needsSignIn: true,
    reads: "your own personal access tokens (Azure DevOps token lifecycle API, your sign-in)",
    findings: ["expired", "revoked", "scoped", "no-code-scope", "fine"],
  },
  "tenant-cloud": {
    input: "domain",
    needsSignIn: false,
    reads: "your tenant's public OpenID configuration (no sign-in needed)",
    findings: ["worldwide", "us-gov-cloud"],
  },
  "app-registration": {
    input: "application-id",
    needsSignIn: true,
    reads: "the app registration (Microsoft Graph, Application.Read.All, your sign-in)",
    findings: ["as-documented"],
  },
  "delegated-permissions": {
    input: "application-id",
    needsSignIn: true,
    reads: "the app registration's API permissions (Microsoft Graph, your sign-in)",
    findings: ["present"],
  },
  "admin-consent": {
    input: "application-id",
    needsSignIn: true,
    reads: "the app's consent grants (Microsoft Graph, your sign-in)",
    findings: ["granted-for-organization"],
  },
  "client-secrets": {
    input: "application-id",
    needsSignIn: true,
    reads: "the app's client secrets and their expiry (Microsoft Graph, your sign-in)",
    findings: ["all-expired"],
  },
} as const satisfies Record<string, About>;

export type ReaderId = keyof typeof readerCatalog;
export type FindingOf<R extends ReaderId> = (typeof readerCatalog)[R]["findings"][number];

/** What the readers that take parameters take; the others take none. */
export type ReaderParams = {
  "ado-policy": {
    /** The policy's name in the data provider, e.g. `Policy.DisallowOAuthAuthentication`. */
    policy: string;
    /** The toggle's label in Organization settings › Policies, as the evidence names it. */
    label: string;
  };
  "delegated-permissions": {
    /** Each entry is satisfied by any one of its permission names. */
    needed: readonly (readonly string[])[];
    /** What the permissions are for, in the message when one is missing. */
    purpose: string;
  };
};

export const isReaderId = (id: string): id is ReaderId => Object.hasOwn(readerCatalog, id);

/** What the panel shows before any reader code loads. */
export type ProbePanel = { input: InputSpec; needsSignIn: boolean; reads: string };

export function probePanel(reader: ReaderId): ProbePanel {
  const about = readerCatalog[reader];
  return { input: inputs[about.input], needsSignIn: about.needsSignIn, reads: about.reads };
}
