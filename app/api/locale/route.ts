// POST /api/locale - switch the interface language (a cookie; works signed in or not; a signed-in
// member's choice is also kept on their user, for emails)
import { NextResponse } from "next/server";
import { z } from "zod";
import { readLimitedBody, SMALL_BODY_MAX_BYTES } from "@/lib/http/read-limited-body";
import { memberFromRequest, parseJson, withPublicForm } from "@/lib/http/route";
import { saveLocale } from "@/lib/account/save-locale";
import { LOCALES } from "@/lib/i18n/dictionaries";

const schema = z.object({ locale: z.enum(LOCALES) });
// A plain form post (the switch before the page's script has loaded) goes back to the page it came from,
// and only to a page of this site.
function backTo(req: Request): URL {
  const here = new URL(req.url);
  const referer = req.headers.get("referer");
  const back = referer && URL.canParse(referer) ? new URL(referer) : null;
  return back && back.origin === here.origin ? back : new URL("/", here);
}

export const POST = withPublicForm(
  async ({ req }) => {
    const isForm = req.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded");
    const { locale } = isForm
      ? schema.parse(
          Object.fromEntries(
            new URLSearchParams((await readLimitedBody({ req, maxBytes: SMALL_BODY_MAX_BYTES })).toString("utf8")),
          ),
        )
      : await parseJson(req, schema, { maxBytes: SMALL_BODY_MAX_BYTES });
    const member = await memberFromRequest(req);
    if (member) await saveLocale({ userId: member.userId, locale });
    const res = isForm ? NextResponse.redirect(backTo(req), 303) : NextResponse.json({ locale });
    res.cookies.set("locale", locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    return res;
  },
  // Our own pages only, the plain form too: another site cannot switch a visitor's language.
  { accepts: ["json", "form"] },
);
