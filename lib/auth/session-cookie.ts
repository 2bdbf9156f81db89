import type { NextRequest, NextResponse } from "next/server";
import { encode, getToken } from "next-auth/jwt";
import { env } from "@/lib/env";

// The name next-auth gives the session cookie (with the __Secure- prefix when NEXTAUTH_URL is https).
function cookieName(): string {
  return env().NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export const SESSION_MAX_AGE = 30 * 24 * 3600;

/**
 * After the user's session version was raised (password change), keeps the session that made the change:
 * the same JWT re-issued with the new version. Every other session of the user is ended by the raise.
 */
export async function reissueSession({
  req,
  res,
  sessionVersion,
}: {
  req: NextRequest;
  res: NextResponse;
  sessionVersion: number;
}): Promise<void> {
  const secret = env().NEXTAUTH_SECRET;
  const name = cookieName();
  const token = await getToken({ req, secret, cookieName: name, secureCookie: name.startsWith("__Secure-") });
  if (!token) return;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  const value = await encode({ token: { ...claims, sv: sessionVersion }, secret, maxAge: SESSION_MAX_AGE });
  res.cookies.set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    maxAge: SESSION_MAX_AGE,
  });
}

/** Clears this browser's session cookie (after "sign out everywhere" ended it). */
export function clearSession({ res }: { res: NextResponse }): void {
  const name = cookieName();
  res.cookies.set(name, "", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    maxAge: 0,
  });
}
