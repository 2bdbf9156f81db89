// Headers every response carries: next.config.ts adds them to Next.js's pages and API answers, and
// the production server's own answers (lib/direct-answers/direct-requests.ts: marketplace webhooks, 413s) add
// them itself. No runtime imports: next.config.ts loads this file.
//
// script-src allows 'unsafe-inline': the App Router streams its page data as inline <script> tags,
// and the only alternative, a per-request nonce, needs a proxy (middleware) on every page request and
// makes every page dynamic. What stays closed: scripts from any other origin, eval (outside next
// dev), plugins, <base> rewrites, forms posting elsewhere, framing (clickjacking), and fetches to any
// other origin (connect-src), so an injected script could not send data off-site. React renders
// user and marketplace text as text, which is the first line against injection.

export function contentSecurityPolicy({ dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const SECURITY_HEADERS = {
  "Content-Security-Policy": contentSecurityPolicy(),
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
} as const;

/** Sent only on answers served over https (directly, or behind a proxy that says so). */
export const HSTS_HEADER = { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } as const;

/** Was this request made over https: a TLS socket, or X-Forwarded-Proto's first hop. */
export function isHttpsRequest({
  encrypted,
  forwardedProto,
}: {
  encrypted: boolean;
  forwardedProto: string | string[] | undefined;
}): boolean {
  if (encrypted) return true;
  const proto = Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto;
  return proto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** next.config.ts headers(): the set for every path, and HSTS where the request came over https. */
export function nextSecurityHeaders({ dev }: { dev: boolean }) {
  const list = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));
  return [
    {
      source: "/:path*",
      headers: list({ ...SECURITY_HEADERS, "Content-Security-Policy": contentSecurityPolicy({ dev }) }),
    },
    {
      source: "/:path*",
      has: [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }],
      headers: list(HSTS_HEADER),
    },
  ];
}
