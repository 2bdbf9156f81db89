import { offlineResult, acceptLlmText } from "@/lib/ai/draft-result";
import { toLlmError, type LlmError } from "@/lib/ai/llm-error";
import { classifyContext, needsOnlyClosing } from "@/lib/ai/offline-drafter";
import { pickProvider, type AiConfigInput } from "@/lib/ai/provider";
import { draftContextSchema, type DraftContextInput, type DraftResult } from "@/lib/ai/types";

// Writes a reply draft: the LLM when a key is configured, the offline drafter otherwise or whenever
// the LLM fails, times out, answers with nothing usable or trips the guardrails. Never throws for
// LLM trouble: the operator always gets a draft, and fallbackReason says why it is the offline one.
export async function draftReply({
  context: input,
  config,
  signal,
  fetchImpl,
  onLlmError,
}: {
  context: DraftContextInput;
  config: AiConfigInput;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  // For the caller's structured log; the error message may quote the provider, never the API key.
  onLlmError?: (error: LlmError) => void;
}): Promise<DraftResult> {
  const startedAt = performance.now();
  const context = draftContextSchema.parse(input);
  const provider = pickProvider({ config, fetchImpl });
  if (provider.source === "offline") return offlineResult({ context, startedAt });

  const classification = classifyContext(context);
  if (needsOnlyClosing(context, classification)) return offlineResult({ context, startedAt });
  try {
    const raw = await provider.draft({ context, classification, signal });
    const accepted = acceptLlmText({ raw, context, classification, model: provider.model, startedAt });
    return typeof accepted === "string" ? offlineResult({ context, startedAt, fallbackReason: accepted }) : accepted;
  } catch (error) {
    const llmError = toLlmError(error);
    onLlmError?.(llmError);
    return offlineResult({ context, startedAt, fallbackReason: llmError.reason });
  }
}
