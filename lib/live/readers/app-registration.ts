import { type Reader, evidence } from "../reader-context";
import { fail } from "../result";
import { readApplication } from "./graph-application";

const JIRA_CALLBACK = "/plugins/servlet/oauth2/client/callback/";

/** Whether an app is registered for Jira's mail OAuth: multitenant and personal, a Web redirect. */
export const readRegistration: Reader<"app-registration"> = async (ctx) => {
  const read = await readApplication(ctx);
  if (!read.ok) return read;
  const { app } = read;
  const problems: string[] = [];
  if (app.signInAudience !== "AzureADandPersonalMicrosoftAccount")
    problems.push(
      `its supported account types are ${app.signInAudience ?? "unknown"}, not multitenant and personal accounts`,
    );
  const toJira = (uris: readonly string[] | null | undefined) =>
    (uris ?? []).some((uri) => uri.includes(JIRA_CALLBACK));
  if (!toJira(app.web?.redirectUris))
    problems.push(
      toJira(app.spa?.redirectUris)
        ? "Jira's redirect URL is registered as a single-page application, not Web"
        : "it has no Web redirect URI to Jira",
    );
  if (problems.length)
    return fail(
      "needs-action",
      `The app “${app.displayName}” is not registered as the steps above say: ${problems.join("; ")}.`,
    );
  return {
    ok: true,
    finding: "as-documented",
    evidence: evidence(
      ctx,
      "App registration",
      `Microsoft Graph, app “${app.displayName}”`,
      "multitenant and personal accounts, with a Web redirect URI to Jira",
    ),
  };
};
