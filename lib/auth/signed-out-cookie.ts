// "Signed out on purpose": set when a member signs out, cleared by the next successful sign-in. While it
// is set, a demo instance's automatic sign-in (DEMO_AUTO_SIGNIN, `npm run dev`) stays off in this
// browser, so signing out sticks and the other demo logins can be tried.

export const SIGNED_OUT_COOKIE = "agentiq-signed-out";
const ONE_YEAR = 365 * 24 * 3600;

/** The response with the marker set (after sign-out) or cleared (after a sign-in that issued a session). */
export function markSignedOut(res: Response, { signedOut, secure }: { signedOut: boolean; secure: boolean }): Response {
  const out = new Response(res.body, res);
  const attributes = `Path=/; SameSite=Lax; HttpOnly${secure ? "; Secure" : ""}`;
  out.headers.append(
    "set-cookie",
    signedOut
      ? `${SIGNED_OUT_COOKIE}=1; Max-Age=${ONE_YEAR}; ${attributes}`
      : `${SIGNED_OUT_COOKIE}=; Max-Age=0; ${attributes}`,
  );
  return out;
}

/** Whether a response of next-auth's credentials callback started a session. */
export function issuedSession(res: Response): boolean {
  return res.headers
    .getSetCookie()
    .some((cookie) => /^(__Secure-)?next-auth\.session-token(\.\d+)?=[^;]+/.test(cookie));
}
