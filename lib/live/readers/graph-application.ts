import * as z from "zod/mini";
import { bodyOf } from "../http";
import type { ReaderContext } from "../reader-context";
import { type Result, fail } from "../result";

/** Microsoft Graph's own application ID: its service principal names Graph's permissions. */
export const GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";

const text = z.nullish(z.string());
const redirects = z.nullish(z.object({ redirectUris: z.nullish(z.array(z.string())) }));

const application = z.object({
  displayName: text,
  signInAudience: text,
  web: redirects,
  spa: redirects,
  passwordCredentials: z.nullish(z.array(z.object({ hint: text, keyId: text, endDateTime: text }))),
  requiredResourceAccess: z.nullish(
    z.array(
      z.object({
        resourceAppId: text,
        resourceAccess: z.nullish(z.array(z.object({ id: text, type: text }))),
      }),
    ),
  ),
});

export type Application = z.infer<typeof application>;

/** A Graph collection: its items are under `value`. */
export const collection = <T extends z.ZodMiniType>(item: T) => z.object({ value: z.array(item) });

export async function readGraph<S extends z.ZodMiniType>(
  ctx: ReaderContext,
  path: string,
  schema: S,
  what: string,
) {
  return bodyOf(await ctx.graph(path), schema, "Microsoft Graph", what);
}

/** The app registration whose Application (client) ID the person typed. */
export async function readApplication(ctx: ReaderContext): Promise<Result<{ app: Application }>> {
  const read = await readGraph(
    ctx,
    `/applications?$filter=appId eq '${ctx.input}'`,
    collection(application),
    "the app registration",
  );
  if (!read.ok) return read;
  const [app] = read.body.value;
  return app
    ? { ok: true, app }
    : fail("not-found", `No app registration with the ID ${ctx.input} in your tenant.`);
}
