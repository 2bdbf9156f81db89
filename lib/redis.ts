import Redis from "ioredis";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { processState } from "@/lib/process-state";

const log = logger("redis");

/**
 * The Redis client shared by this process when REDIS_URL is set (several instances: marketplace rate
 * limits and OAuth token refresh held across them), or null for one instance, which keeps that state
 * in its own memory. Commands wait while it reconnects, rather than failing at once.
 */
export function redis(): Redis | null {
  const url = env().REDIS_URL;
  if (!url) return null;
  const state = processState({ key: "redis", init: () => ({ client: null as Redis | null }) });
  if (!state.client) {
    const client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3, enableAutoPipelining: true });
    client.on("error", (error) => log.warn("redis error", { error: error.message }));
    state.client = client;
  }
  return state.client;
}

/** Tests and shutdown: closes the shared client, if any. */
export async function closeRedis(): Promise<void> {
  const state = processState({ key: "redis", init: () => ({ client: null as Redis | null }) });
  const client = state.client;
  state.client = null;
  await client?.quit().catch(() => client.disconnect());
}
