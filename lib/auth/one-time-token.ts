import crypto from "node:crypto";

/** A random emailed token; only its SHA-256 is stored, so a database leak gives no usable links. */
export function newOneTimeToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, tokenHash: hashOneTimeToken(token) };
}

export function hashOneTimeToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
