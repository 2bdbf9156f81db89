import type { AiConfigInput } from "@/lib/ai/provider";
import { env } from "@/lib/env";

/** The one mapping from the environment to lib/ai's config (lib/ai itself never reads env). */
export function aiConfig(): AiConfigInput {
  const e = env();
  return { apiKey: e.AI_API_KEY, baseUrl: e.AI_BASE_URL, model: e.AI_MODEL, timeoutMs: e.AI_TIMEOUT_MS };
}
