import { type NextRequest, NextResponse } from "next/server";
import { undecodableTail } from "@/lib/path-guard";
import { formatStepUrl, parseHref } from "@/lib/step-url";
import { liveConfig, liveConnectOrigins } from "@/lib/live/config";
import { contentSecurityPolicy, frameAncestors, staticHeaders } from "@/lib/security-headers";

const ancestors = frameAncestors(process.env.GUIDEPATH_FRAME_ANCESTORS);
const live = liveConfig();
const connect = liveConnectOrigins(live);
const frames = live ? [new URL(live.authority).origin] : [];

export function proxy(request: NextRequest) {
  // Next answers a segment it cannot percent-decode with a 500 (vercel/next.js#92527): send the
  // visitor to the part that still decodes, with the usual notice.
  const cut = undecodableTail(request.nextUrl.pathname);
  if (cut) {
    // The marks in the query (agent view, paste, live) survive with the answers that do.
    const step = parseHref(`${cut.keep || "/"}${request.nextUrl.search}`);
    const kept = step
      ? formatStepUrl({ ...step, dropped: { count: cut.dropped, first: null } })
      : "/";
    return NextResponse.redirect(new URL(kept, request.url), 307);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const embed = request.nextUrl.pathname.startsWith("/embed/");
  // MSAL renews a sign-in silently by loading the redirect page in a hidden frame of our own.
  const selfFramed = request.nextUrl.pathname === "/auth/redirect";
  const csp = contentSecurityPolicy({
    nonce,
    embed,
    selfFramed,
    ancestors,
    connect,
    frames,
    dev: process.env.NODE_ENV === "development",
  });
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (!embed) response.headers.set("X-Frame-Options", selfFramed ? "SAMEORIGIN" : "DENY");
  for (const [name, value] of Object.entries(staticHeaders)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|illustrations|favicon.ico).*)"],
};
