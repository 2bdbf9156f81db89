import type { NextRequest } from "next/server";
import { env } from "@/lib/env";

/**
 * The client's address for throttling. server.mjs appends the socket's peer to X-Forwarded-For (as a
 * proxy does), so the right-most entries are the trusted ones: with TRUST_PROXY_HOPS reverse proxies in
 * front, the client is that many entries from the right. Entries further left are the client's own claim.
 */
export function clientAddress(req: NextRequest): string {
  const chain = (req.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!chain.length) return "unknown";
  return chain[Math.max(0, chain.length - 1 - env().TRUST_PROXY_HOPS)]!;
}
