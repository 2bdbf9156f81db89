import { env } from "@/lib/env";

/** Inngest runs background work when an event key is set; otherwise the app does it in-process. */
export function inngestEnabled(): boolean {
  return Boolean(env().INNGEST_EVENT_KEY);
}
