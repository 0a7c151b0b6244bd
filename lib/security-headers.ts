/**
 * The headers every page gets. Scripts run only from this origin with the request's nonce
 * ('strict-dynamic' lets Next's own chunks load); frames are refused except for /embed, whose
 * allowed parents come from GUIDEPATH_FRAME_ANCESTORS.
 */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

export function frameAncestors(configured: string | undefined): string[] {
  const origins = (configured ?? "").split(/[\s,]+/).filter(Boolean);
  for (const origin of origins) {
    if (!ORIGIN.test(origin))
      throw new Error(`GUIDEPATH_FRAME_ANCESTORS: not an origin: ${origin}`);
  }
  return origins;
}

export function contentSecurityPolicy(options: {
  nonce: string;
  embed: boolean;
  /** A page only this origin may frame (MSAL's redirect page). */
  selfFramed?: boolean;
  ancestors: string[];
  dev: boolean;
  /** Origins live mode calls from the browser: the sign-in authority and tenants' public documents. */
  connect?: string[];
  /** Origins MSAL may load in a hidden frame to renew a sign-in silently: the authority. */
  frames?: string[];
}): string {
  const { nonce, embed, selfFramed = false, ancestors, dev, connect = [], frames = [] } = options;
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connect].join(" "),
    ["frame-src 'self'", ...frames].join(" "),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${embed ? ["'self'", ...ancestors].join(" ") : selfFramed ? "'self'" : "'none'"}`,
  ].join("; ");
}

export const staticHeaders: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin-allow-popups",
};
