import { setup } from "xstate";
import { type ClockInput, isOnOrAfter } from "@/lib/clock";

/**
 * From when this guide treats Exchange Online's new default (SMTP AUTH basic authentication
 * disabled for existing tenants) as possibly in force. Microsoft publishes only a month, "end of
 * December 2026" (Exchange Team blog, 27 January 2026; MC786329), and no day. A rollout can start
 * before the month's last day, so the conservative edge is the first day of that month: from then
 * on the guide never tells anyone that Microsoft's default is surely unchanged.
 */
export const SMTP_BASIC_AUTH_DEFAULT_OFF = "2026-12-01T00:00:00Z";

/**
 * Jira's outgoing mail (SMTP) to Exchange Online refused because SMTP AUTH, or basic
 * authentication for it, is off. The fix is OAuth 2.0 for the outgoing mail server (Jira Data
 * Center 9.2 and later); older Jira has a relay connector or, until Microsoft removes it, the
 * stopgap of allowing basic authentication again. The stopgap's words depend on the date.
 */
export const jiraSmtpBasicAuthMachine = setup({
  types: {
    context: {} as { now: number },
    input: {} as ClockInput,
    events: {} as
      | { type: "answer.basic-auth-disabled" }
      | { type: "answer.tenant-disabled" }
      | { type: "answer.auth-unsuccessful" }
      | { type: "answer.preparing" }
      | { type: "answer.something-else" }
      | { type: "answer.password" }
      | { type: "answer.oauth" }
      | { type: "answer.turned-on" }
      | { type: "answer.must-stay-off" }
      | { type: "answer.dc-9-2-or-later" }
      | { type: "answer.before-9-2" }
      | { type: "answer.cloud" }
      | { type: "answer.sends" }
      | { type: "answer.refused" }
      | { type: "answer.not-now" }
      | { type: "answer.fixed-one" }
      | { type: "answer.all-correct" }
      | { type: "answer.relay" }
      | { type: "answer.stopgap" }
      | { type: "answer.must-stay-blocked" }
      | { type: "answer.still-failing" },
    tags: {} as "resolved" | "escalate",
  },
  guards: {
    basicAuthOffByDefault: ({ context }) => isOnOrAfter(context.now, SMTP_BASIC_AUTH_DEFAULT_OFF),
  },
}).createMachine({
  id: "jira-smtp-basic-auth",
  context: ({ input }) => ({ now: input.now }),
  initial: "symptom",
  states: {
    symptom: {
      on: {
        "answer.basic-auth-disabled": "jiraVersion",
        "answer.tenant-disabled": "mailboxSmtpAuth",
        "answer.auth-unsuccessful": "authMethod",
        "answer.preparing": "jiraVersion",
        "answer.something-else": "otherErrorHandoff",
      },
    },
    authMethod: {
      on: { "answer.password": "jiraVersion", "answer.oauth": "oauthChecks" },
    },
    mailboxSmtpAuth: {
      on: { "answer.turned-on": "jiraVersion", "answer.must-stay-off": "relayConnector" },
    },
    jiraVersion: {
      on: {
        "answer.dc-9-2-or-later": "setUpOauth",
        "answer.before-9-2": "olderJira",
        "answer.cloud": "jiraCloud",
      },
    },
    setUpOauth: {
      on: {
        "answer.sends": "oauthWorks",
        "answer.refused": "oauthChecks",
        "answer.not-now": [
          { guard: "basicAuthOffByDefault", target: "stopgapAfterDefault" },
          { target: "stopgapBeforeDefault" },
        ],
      },
    },
    oauthChecks: {
      on: { "answer.fixed-one": "oauthFixedAfterChecks", "answer.all-correct": "oauthHandoff" },
    },
    olderJira: {
      on: {
        "answer.relay": "relayConnector",
        "answer.stopgap": [
          { guard: "basicAuthOffByDefault", target: "stopgapAfterDefault" },
          { target: "stopgapBeforeDefault" },
        ],
      },
    },
    relayConnector: {
      on: { "answer.sends": "relayWorks", "answer.refused": "relayHandoff" },
    },
    stopgapBeforeDefault: {
      on: {
        "answer.sends": "stopgapWorks",
        "answer.must-stay-blocked": "relayConnector",
        "answer.refused": "stopgapHandoff",
      },
    },
    stopgapAfterDefault: {
      on: {
        "answer.sends": "stopgapWorks",
        "answer.must-stay-blocked": "relayConnector",
        "answer.refused": "stopgapHandoff",
      },
    },
    // Fixes: each offers "still failing?", leading to the next cause or a hand-off.
    oauthWorks: { tags: ["resolved"], on: { "answer.still-failing": "oauthChecks" } },
    oauthFixedAfterChecks: { tags: ["resolved"], on: { "answer.still-failing": "oauthHandoff" } },
    relayWorks: { tags: ["resolved"], on: { "answer.still-failing": "relayHandoff" } },
    stopgapWorks: { tags: ["resolved"], on: { "answer.still-failing": "stopgapHandoff" } },
    oauthHandoff: { type: "final", tags: ["escalate"] },
    relayHandoff: { type: "final", tags: ["escalate"] },
    stopgapHandoff: { type: "final", tags: ["escalate"] },
    jiraCloud: { type: "final", tags: ["escalate"] },
    otherErrorHandoff: { type: "final", tags: ["escalate"] },
  },
});
