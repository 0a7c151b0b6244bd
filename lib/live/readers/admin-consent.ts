import * as z from "zod/mini";
import { type Reader, evidence } from "../reader-context";
import { fail } from "../result";
import { collection, readGraph } from "./graph-application";

const principal = z.object({ id: z.nullish(z.string()) });
const grant = z.object({ consentType: z.nullish(z.string()), scope: z.nullish(z.string()) });

/** Whether an administrator consented to an app for the whole organization. */
export const readAdminConsent: Reader<"admin-consent"> = async (ctx) => {
  const principals = await readGraph(
    ctx,
    `/servicePrincipals?$filter=appId eq '${ctx.input}'`,
    collection(principal),
    "the app's service principal",
  );
  if (!principals.ok) return principals;
  const id = principals.body.value[0]?.id;
  if (!id)
    return fail(
      "needs-action",
      "The app has no service principal in your tenant yet: nobody has consented to it.",
    );
  const grants = await readGraph(
    ctx,
    `/oauth2PermissionGrants?$filter=clientId eq '${id}'`,
    collection(grant),
    "the app's consent grants",
  );
  if (!grants.ok) return grants;
  const admin = grants.body.value.find((g) => g.consentType === "AllPrincipals");
  if (!admin)
    return fail(
      "needs-action",
      "No administrator has granted consent for the organization yet: an admin clicks Grant admin consent.",
    );
  return {
    ok: true,
    finding: "granted-for-organization",
    evidence: evidence(
      ctx,
      "Admin consent",
      "Microsoft Graph, the app's permission grants",
      `granted for the organization (${admin.scope?.trim() ?? ""})`,
    ),
  };
};
