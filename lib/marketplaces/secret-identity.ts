import { createHash } from "node:crypto";

/**
 * Identity of a seller account known only by its secret (a token the API never names a seller for):
 * a SHA-256 of it, so the key can be stored and compared while the secret stays only encrypted.
 */
export function secretIdentity({ secret }: { secret: string }): string {
  return `sha256:${createHash("sha256").update(secret.trim()).digest("hex")}`;
}
