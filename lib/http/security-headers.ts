// Headers every response carries: next.config.ts adds them to Next.js's responses, and the production
// server's direct webhook path (lib/http/direct-webhooks.ts) to its own.
export const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
} as const;
