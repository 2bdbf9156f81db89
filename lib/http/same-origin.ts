import { AppError } from "@/lib/errors";

// Cross-site request forgery: a page on another site can make a signed-in member's browser POST to
// us with the session cookie (a form, or fetch with a "simple" content type such as text/plain,
// which needs no CORS preflight). State-changing member routes therefore accept only requests from
// our own pages — Origin (or, without it, Sec-Fetch-Site) names this site — and only the JSON (or,
// where files are uploaded, multipart) bodies our own pages send. A request with neither header is
// not from a browser (scripts, server-to-server) and cannot ride on a member's cookies unknowingly.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const MEDIA_TYPES: Record<BodyKind, string> = {
  json: "application/json",
  multipart: "multipart/form-data",
  form: "application/x-www-form-urlencoded",
};

export type BodyKind = "json" | "multipart" | "form";

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

function isOwnOrigin({ origin, headers, appUrl }: { origin: string; headers: Headers; appUrl?: string }): boolean {
  if (appUrl && hostOf(appUrl) !== null && new URL(appUrl).origin === origin) return true;
  // The host the browser addressed: a browser sets Host itself and cannot forge it for another site.
  const requestHost = headers.get("x-forwarded-host") ?? headers.get("host");
  const host = hostOf(origin);
  return host !== null && requestHost !== null && host === requestHost;
}

function mediaType(headers: Headers): string | null {
  const value = headers.get("content-type");
  return value === null ? null : (value.split(";")[0] ?? "").trim().toLowerCase();
}

function hasBody(headers: Headers): boolean {
  return Number(headers.get("content-length") ?? 0) > 0 || headers.has("transfer-encoding");
}

/** Throws 403 for a cross-site state-changing request, 415 for a body our pages would not send. */
export function assertSameOriginRequest({
  req,
  accepts = ["json"],
  appUrl,
}: {
  req: Request;
  accepts?: BodyKind[];
  appUrl?: string;
}): void {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = req.headers.get("origin");
  const fetchSite = req.headers.get("sec-fetch-site");
  const crossSite =
    origin !== null
      ? !isOwnOrigin({ origin, headers: req.headers, appUrl })
      : fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none";
  if (crossSite) throw new AppError("forbidden", "Cross-site request refused", { details: { reason: "cross_site" } });
  const type = mediaType(req.headers);
  if (type === null && !hasBody(req.headers)) return;
  const allowed = accepts.some((kind) => MEDIA_TYPES[kind] === type);
  if (!allowed) {
    const expected = accepts.map((kind) => MEDIA_TYPES[kind]).join(" or ");
    throw new AppError("unsupported_media_type", `Content-Type must be ${expected}`, {
      details: { reason: "content_type" },
    });
  }
}
