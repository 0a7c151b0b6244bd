import type { FlowDefinition } from "@/lib/flow-definition";
import type { jiraSmtpBasicAuthMachine } from "@/machines/jira-smtp-basic-auth";

/**
 * Words that place a bare "5.7.3" on Exchange Online's SMTP submission: other mail servers use the
 * same enhanced status code for their own authentication failures.
 */
const EXCHANGE_SMTP = ["smtp", "outlook.com", "office365.com", "outgoing mail"];

/** Exchange Online refusing the SMTP AUTH sign-in of Jira's outgoing mail. */
export const smtpAuthRules: FlowDefinition<typeof jiraSmtpBasicAuthMachine>["rules"] = [
  {
    id: "smtp-basic-auth-disabled",
    kind: "phrase",
    signatures: ["5.7.139 authentication unsuccessful, basic authentication is disabled"],
    answers: ["basic-auth-disabled"],
    weight: 9,
    source: "rpremraj/mailR#107; nodemailer/nodemailer#1714",
    examples: {
      match: [
        "javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [BM1P287CA0015.INDP287.PROD.OUTLOOK.COM]",
      ],
      nearMiss: [
        "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.",
        "basic authentication is disabled for IMAP",
      ],
    },
  },
  {
    id: "smtp-basic-auth-removed",
    kind: "phrase",
    signatures: ["5.7.30 basic authentication is not supported for client submission"],
    answers: ["basic-auth-disabled"],
    weight: 9,
    source:
      "Exchange Team Blog, Exchange Online to retire Basic auth for Client Submission (SMTP AUTH)",
    examples: {
      match: ["550 5.7.30 Basic authentication is not supported for Client Submission."],
      nearMiss: ["550 5.7.1 Client does not have permissions to send as this sender"],
    },
  },
  {
    id: "smtp-client-auth-disabled-tenant",
    kind: "phrase",
    signatures: ["smtpclientauthentication is disabled for the tenant"],
    answers: ["tenant-disabled"],
    weight: 9,
    source: "nodemailer/nodemailer#1484; simonrob/email-oauth2-proxy#193",
    examples: {
      match: [
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [TY1PR01CA0183.jpnprd01.prod.outlook.com]",
        "5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
      ],
      nearMiss: ["Set-TransportConfig -SmtpClientAuthenticationDisabled $false"],
    },
  },
  {
    id: "smtp-535-auth-unsuccessful",
    kind: "code",
    signatures: [
      "535 5.7.3 authentication unsuccessful",
      "5.7.57 client not authenticated to send mail",
    ],
    context: EXCHANGE_SMTP,
    answers: ["auth-unsuccessful"],
    weight: 7,
    source:
      "Microsoft Learn, Fix issues with printers, scanners, and LOB applications that send email using Microsoft 365; Authenticate an IMAP, POP or SMTP connection using OAuth; triplea-game/triplea#12505",
    examples: {
      match: [
        "jakarta.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful [YQZPR01CA0021.CANPRD01.PROD.OUTLOOK.COM 2024-04-13T15:44:48.786Z 08DC5BA2C153C1D0]",
        "SMTP: 535 5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]",
        "530 5.7.57 Client not authenticated to send mail. [BN1P110CA0052.NAMP110.PROD.OUTLOOK.COM]",
      ],
      nearMiss: [
        "535 5.7.3 Authentication unsuccessful",
        "535 5.7.8 Authentication credentials invalid (smtp.example.test)",
      ],
    },
  },
];
