import * as z from "zod/mini";
import { type ReaderContext, type Reader, evidence } from "../reader-context";
import { type Result, fail } from "../result";
import {
  type Application,
  GRAPH_APP_ID,
  collection,
  readApplication,
  readGraph,
} from "./graph-application";

const graphPrincipal = z.object({
  oauth2PermissionScopes: z.nullish(
    z.array(z.object({ id: z.nullish(z.string()), value: z.nullish(z.string()) })),
  ),
});

/** The delegated Microsoft Graph permissions an app asks for, by name (named by Graph itself). */
async function delegatedGraphPermissions(
  ctx: ReaderContext,
  app: Application,
): Promise<Result<{ names: string[] }>> {
  const wanted = (app.requiredResourceAccess ?? [])
    .filter((r) => r.resourceAppId === GRAPH_APP_ID)
    .flatMap((r) => r.resourceAccess ?? [])
    .filter((a) => a.type === "Scope")
    .map((a) => a.id);
  const read = await readGraph(
    ctx,
    `/servicePrincipals?$filter=appId eq '${GRAPH_APP_ID}'`,
    collection(graphPrincipal),
    "Microsoft Graph's permission names",
  );
  if (!read.ok) return read;
  const scopes = read.body.value[0]?.oauth2PermissionScopes ?? [];
  const names = wanted
    .map((id) => scopes.find((s) => s.id === id)?.value ?? id ?? "")
    .filter(Boolean);
  return { ok: true, names };
}

/** A need met by any one of its names, as the message names it: `A (or B)`. */
function describe([first = "", ...others]: readonly string[]): string {
  return others.length ? `${first} (or ${others.join(" or ")})` : first;
}

/** Whether an app asks for the delegated Graph permissions a use needs. */
export const readDelegatedPermissions: Reader<"delegated-permissions"> = async (
  ctx,
  { needed, purpose },
) => {
  const read = await readApplication(ctx);
  if (!read.ok) return read;
  const { app } = read;
  const granted = await delegatedGraphPermissions(ctx, app);
  if (!granted.ok) return granted;
  const missing = needed
    .filter((anyOf) => !anyOf.some((name) => granted.names.includes(name)))
    .map(describe);
  if (missing.length)
    return fail(
      "needs-action",
      `The app “${app.displayName}” lacks the delegated permission ${missing.join(" and ")} for ${purpose}: add it as below.`,
    );
  return {
    ok: true,
    finding: "present",
    evidence: evidence(
      ctx,
      "Delegated permissions",
      `Microsoft Graph, app “${app.displayName}”`,
      granted.names.join(", "),
    ),
  };
};
