import { adoBases, liveConfig } from "@/lib/live/config";
import { proxyTarget } from "@/lib/live/proxy-targets";

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * Forwards the person's bearer token to one fixed Azure DevOps route that browsers cannot call.
 * It logs nothing and stores nothing; any other target is refused before a connection is made.
 */
export async function GET(
  request: Request,
  context: RouteContext<"/api/live/ado/[organization]/[kind]">,
) {
  const config = liveConfig();
  if (!config) return json(404, { error: "Live mode is not configured." });
  const { organization, kind } = await context.params;
  const target = proxyTarget(adoBases(), organization, kind);
  if (!target) return json(400, { error: "Not an allowed target." });

  const authorization = request.headers.get("authorization");
  const headers: Record<string, string> = {
    accept: "application/json",
    "x-tfs-fedauthredirect": "Suppress",
  };
  if (authorization && /^Bearer [A-Za-z0-9._~+/=-]+$/.test(authorization))
    headers.authorization = authorization;
  try {
    const response = await fetch(target, {
      headers,
      redirect: "manual",
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    return json(200, {
      status: response.status,
      headers: { "x-vss-resourcetenant": response.headers.get("x-vss-resourcetenant") ?? "" },
      body,
    });
  } catch (error) {
    const timeout = error instanceof Error && error.name === "TimeoutError";
    return json(200, { status: timeout ? 504 : 502, headers: {}, body: null });
  }
}
