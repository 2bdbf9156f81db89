import type { NextRequest } from "next/server";
import { z } from "zod";

// The browser tab a request came from (components/api/tab-id.ts): the x-tab-id header, or ?tab= where
// the browser cannot set headers (EventSource). Only a hint, so a missing or malformed one is null,
// never a refusal.
const tabIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export function requestTab(req: NextRequest): string | null {
  const parsed = tabIdSchema.safeParse(req.headers.get("x-tab-id") ?? req.nextUrl.searchParams.get("tab"));
  return parsed.success ? parsed.data : null;
}
