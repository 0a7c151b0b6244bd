import { type NextRequest, NextResponse } from "next/server";
import { undecodableTail } from "@/lib/path-guard";

/**
 * Next answers a path segment it cannot percent-decode with a 500 (vercel/next.js#92527). Catch
 * such a path first and send the visitor to the part that still decodes, with the usual notice.
 */
export function proxy(request: NextRequest) {
  const cut = undecodableTail(request.nextUrl.pathname);
  if (!cut) return NextResponse.next();
  const target = new URL(cut.keep || "/", request.url);
  if (cut.keep.split("/").length >= 2) target.searchParams.set("dropped", String(cut.dropped));
  return NextResponse.redirect(target, 307);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|illustrations|favicon.ico).*)"],
};
