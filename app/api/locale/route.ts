// POST /api/locale - switch the interface language (a cookie; works signed in or not)
import { NextResponse } from "next/server";
import { z } from "zod";
import { parseJson, withRoute } from "@/lib/http/route";
import { LOCALES } from "@/lib/i18n/dictionaries";

const schema = z.object({ locale: z.enum(LOCALES) });

export const POST = withRoute(async ({ req }) => {
  const { locale } = await parseJson(req, schema);
  const res = NextResponse.json({ locale });
  res.cookies.set("locale", locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return res;
});
