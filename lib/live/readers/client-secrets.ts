import { type Reader, evidence } from "../reader-context";
import { fail } from "../result";
import { readApplication } from "./graph-application";

/**
 * Whether every client secret of an app has expired. A valid one is shown by its hint and ID,
 * never claimed to be the one Jira holds: only the person can compare.
 */
export const readClientSecrets: Reader<"client-secrets"> = async (ctx) => {
  const read = await readApplication(ctx);
  if (!read.ok) return read;
  const { app } = read;
  const secrets = app.passwordCredentials ?? [];
  const valid = secrets.filter(
    (c) => c.endDateTime && Date.parse(c.endDateTime) > ctx.now().getTime(),
  );
  if (secrets.length && !valid.length) {
    const last = secrets
      .map((c) => c.endDateTime ?? "")
      .sort()
      .at(-1)
      ?.slice(0, 10);
    return {
      ok: true,
      finding: "all-expired",
      evidence: evidence(
        ctx,
        "Client secrets",
        `Microsoft Graph, app “${app.displayName}”`,
        `all expired, the last on ${last}`,
      ),
    };
  }
  const [current] = valid;
  return fail(
    "needs-action",
    current
      ? `The app has a valid client secret: its Value begins with “${current.hint ?? "?"}” and its Secret ID is ${current.keyId ?? "?"}. If Jira's client secret is that ID (a GUID), paste the Value instead (AADSTS7000215); otherwise pick the error you see.`
      : "The app has no client secret: create one in the app registration and paste its Value into Jira.",
  );
};
