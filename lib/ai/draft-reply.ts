import { acceptLlmText, offlineResult, planLlmDraft, type DraftInput } from "@/lib/ai/draft-result";
import { toLlmError } from "@/lib/ai/llm-error";
import { draftContextSchema, type DraftResult } from "@/lib/ai/types";

// Writes a reply draft: the LLM when a key is configured, the offline drafter otherwise or whenever
// the LLM fails, times out, answers with nothing usable or trips the guardrails. Never throws for
// LLM trouble: the operator always gets a draft, and fallbackReason says why it is the offline one.
export async function draftReply({
  context: input,
  config,
  signal,
  fetchImpl,
  onLlmError,
}: DraftInput): Promise<DraftResult> {
  const startedAt = performance.now();
  const context = draftContextSchema.parse(input);
  const llm = planLlmDraft({ context, config, fetchImpl });
  if (!llm) return offlineResult({ context, startedAt });
  const { provider, classification } = llm;
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
