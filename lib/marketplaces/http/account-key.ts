import { createHash } from "node:crypto";

/** Stable, non-secret key for per-account limiter state (a hash, so no secret sits in a Map key or log line). */
export function accountKeyFrom({ parts }: { parts: Array<string | number | null | undefined> }): string {
  return createHash("sha256")
    .update(parts.map((p) => String(p ?? "")).join("\u0000"))
    .digest("hex")
    .slice(0, 24);
}
