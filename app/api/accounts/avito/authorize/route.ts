// GET /api/accounts/avito/authorize - "Подключить через Авито": off to avito.ru with a session-bound state
import { NextResponse } from "next/server";
import { AVITO_OAUTH_COOKIE, oauthCookieOptions } from "@/lib/accounts/avito-oauth-state";
import { startAvitoOauth } from "@/lib/accounts/start-avito-oauth";
import { withMember } from "@/lib/http/route";

export const GET = withMember(
  async ({ req, member }) => {
    const { url, cookie, maxAgeSeconds } = startAvitoOauth({
      member,
      input: Object.fromEntries(req.nextUrl.searchParams),
    });
    const res = NextResponse.redirect(url, 303);
    res.cookies.set(
      AVITO_OAUTH_COOKIE,
      cookie,
      oauthCookieOptions({
        secure: req.nextUrl.protocol === "https:",
        maxAge: maxAgeSeconds,
        path: "/api/accounts/avito",
      }),
    );
    return res;
  },
  { role: "OWNER" },
);
