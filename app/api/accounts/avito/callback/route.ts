// GET /api/accounts/avito/callback - Avito's redirect back: exchange the code, connect, return to settings
import { NextResponse } from "next/server";
import { AVITO_OAUTH_COOKIE, AVITO_OAUTH_RESULT_COOKIE, oauthCookieOptions } from "@/lib/accounts/avito-oauth-state";
import { completeAvitoOauth } from "@/lib/accounts/complete-avito-oauth";
import { publicOrigin } from "@/lib/accounts/public-origin";
import { withMember } from "@/lib/http/route";

export const GET = withMember(
  async ({ req, member }) => {
    const origin = publicOrigin({ req });
    const result = await completeAvitoOauth({
      member,
      query: Object.fromEntries(req.nextUrl.searchParams),
      cookie: req.cookies.get(AVITO_OAUTH_COOKIE)?.value,
      origin,
    });
    // The outcome travels in a short-lived cookie, not the URL, so nobody can put words on our page by link.
    const res = NextResponse.redirect(new URL("/settings/accounts?avito=1", origin), 303);
    res.cookies.delete({ name: AVITO_OAUTH_COOKIE, path: "/api/accounts/avito" });
    const secure = req.nextUrl.protocol === "https:";
    res.cookies.set(
      AVITO_OAUTH_RESULT_COOKIE,
      JSON.stringify(result),
      oauthCookieOptions({ secure, maxAge: 60, path: "/settings/accounts" }),
    );
    return res;
  },
  { role: "OWNER" },
);
