import type { FlowDefinition } from "@/lib/flow-definition";
import { ATLASSIAN_MAIL } from "@/lib/triage/cited-docs";
import type { jiraMailOauthMachine } from "@/machines/jira-mail-oauth";

/** The mailbox refusing the mail handler, or not answering it. */
export const mailboxRules: FlowDefinition<typeof jiraMailOauthMachine>["rules"] = [
  {
    id: "mailbox-refused",
    kind: "phrase",
    signatures: [
      "couldn't open the folder 'inbox'",
      "authenticate failed",
      "protocol error. connection is closed",
    ],
    answers: ["repair", "mailbox"],
    weight: 7,
    source: `${ATLASSIAN_MAIL}; jstedfast/MailKit#690`,
    examples: {
      match: [
        "JIRA couldn't open the folder 'inbox' at outlook.office365.com.",
        "AuthenticationFailedException: AUTHENTICATE failed",
        "IMAPS: AUTHENTICATE PLAIN command result: A3 NO AUTHENTICATE failed.",
        "AuthenticationFailedException: Protocol error. Connection is closed. 10",
      ],
      nearMiss: ["AUTHENTICATE succeeded", "opened the folder 'inbox'"],
    },
  },
  {
    id: "mail-server-timeout",
    kind: "phrase",
    signatures: ["sockettimeoutexception: read timed out"],
    context: ["imap", "outlook.office365.com", "jakarta mail", "bye"],
    answers: ["repair", "something-else"],
    weight: 5,
    source: ATLASSIAN_MAIL,
    examples: {
      match: [
        "ConnectionException: * BYE Jakarta Mail Exception: java.net.SocketTimeoutException: Read timed out",
      ],
      nearMiss: ["java.net.SocketTimeoutException: Read timed out (database)"],
    },
  },
  {
    id: "graph-mail-puller",
    kind: "java",
    signatures: ["mailpullerworker"],
    answers: ["repair"],
    weight: 4,
    source: "Atlassian KB, JSM Graph mail handler fails (MailPullerWorker)",
    examples: {
      match: [
        "Exception when MailPullerWorker pulls emails: com.atlassian.jira.internal.mail.processor",
      ],
      nearMiss: ["MailPusher started"],
    },
  },
  {
    id: "graph-access-denied",
    kind: "code",
    signatures: ["erroraccessdenied"],
    answers: ["repair", "mailbox"],
    weight: 6,
    source: "microsoftgraph/aspnetcore-connect-sample#37; O365/python-o365#855",
    examples: {
      match: [
        '{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}',
      ],
      nearMiss: ["ErrorItemNotFound"],
    },
  },
];
