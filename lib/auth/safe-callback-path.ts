// Where to send a member after signing in, from a callbackUrl anyone can put in a link: only a path
// of this site. "//evil.example" and "/\evil.example" are protocol-relative (browsers read "\" as
// "/"), "https://evil.example" and "javascript:..." are not paths: each falls back.

const BASE = "http://same-origin.invalid";

export const DEFAULT_CALLBACK_PATH = "/inbox";

export function safeCallbackPath(raw: unknown, fallback = DEFAULT_CALLBACK_PATH): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || /^\/[/\\]/.test(raw)) return fallback;
  // Backslashes and control characters (tabs and newlines are dropped by URL parsers) have no place in a path we made.
  // eslint-disable-next-line no-control-regex -- the control characters are what this rejects
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** next-auth's redirect callback: relative paths and URLs of our own origin only, else the inbox. */
export async function sameOriginRedirect({ url, baseUrl }: { url: string; baseUrl: string }): Promise<string> {
  const base = baseUrl.replace(/\/$/, "");
  if (url.startsWith("/")) return `${base}${safeCallbackPath(url)}`;
  try {
    const target = new URL(url);
    if (target.origin === new URL(baseUrl).origin)
      return `${base}${safeCallbackPath(`${target.pathname}${target.search}${target.hash}`)}`;
  } catch {
    // not a URL: fall through
  }
  return `${base}${DEFAULT_CALLBACK_PATH}`;
}
