import { z } from "zod";
import { createOpenAiCompatibleClient, type ChatCompletionClient } from "@/lib/ai/openai-compatible";
import { draftOffline, OFFLINE_MODEL } from "@/lib/ai/offline-drafter";
import { buildPrompt } from "@/lib/ai/prompt";
import type { Classification, DraftContext } from "@/lib/ai/types";

export const DEFAULT_BASE_URL = "https://api.deepseek.com";
export const DEFAULT_MODEL = "deepseek-chat";
export const DEFAULT_TIMEOUT_MS = 20_000;

// Passed in by lib/env.ts; lib/ai never reads process.env. Any OpenAI-compatible endpoint works:
// DeepSeek (default), OpenAI ("https://api.openai.com/v1"), YandexGPT's compatible API or a
// self-hosted server. The base URL is the part before "/chat/completions".
export const aiConfigSchema = z.object({
  apiKey: z.string().min(1).optional(),
  baseUrl: z.string().url().default(DEFAULT_BASE_URL),
  model: z.string().min(1).default(DEFAULT_MODEL),
  timeoutMs: z.number().int().positive().default(DEFAULT_TIMEOUT_MS),
});
export type AiConfig = z.infer<typeof aiConfigSchema>;
export type AiConfigInput = z.input<typeof aiConfigSchema>;

export type DraftRequest = { context: DraftContext; classification: Classification; signal?: AbortSignal };

// A way of writing a draft. `draft` returns the whole text, `stream` yields text deltas. The LLM
// provider throws LlmError on failure; the offline one does not fail.
export interface DraftProvider {
  readonly source: "llm" | "offline";
  readonly model: string;
  draft(request: DraftRequest): Promise<string>;
  stream(request: DraftRequest): AsyncIterable<string>;
}

export const offlineProvider: DraftProvider = {
  source: "offline",
  model: OFFLINE_MODEL,
  async draft({ context }) {
    return draftOffline({ context }).text;
  },
  async *stream({ context }) {
    yield draftOffline({ context }).text;
  },
};

export function createLlmDraftProvider({ client }: { client: ChatCompletionClient }): DraftProvider {
  return {
    source: "llm",
    model: client.model,
    draft: ({ context, classification, signal }) =>
      client.complete({ messages: buildPrompt({ context, classification }), signal }),
    stream: ({ context, classification, signal }) =>
      client.stream({ messages: buildPrompt({ context, classification }), signal }),
  };
}

// No key means no LLM: offline drafting is the product's default, not an error.
export function pickProvider({
  config,
  fetchImpl,
}: {
  config: AiConfigInput;
  fetchImpl?: typeof fetch;
}): DraftProvider {
  const parsed = aiConfigSchema.parse(config);
  if (!parsed.apiKey) return offlineProvider;
  return createLlmDraftProvider({
    client: createOpenAiCompatibleClient({ ...parsed, apiKey: parsed.apiKey, fetchImpl }),
  });
}
