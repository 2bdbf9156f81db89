import { checkText } from "@/lib/ai/guardrails/check-text";
import type { LlmError } from "@/lib/ai/llm-error";
import { classifyContext, draftOffline, needsOnlyClosing, OFFLINE_MODEL } from "@/lib/ai/offline-drafter";
import { pickProvider, type AiConfigInput, type DraftProvider } from "@/lib/ai/provider";
import type { Classification, DraftContext, DraftContextInput, DraftResult, FallbackReason } from "@/lib/ai/types";

// Shared by draftReply and streamDraft: what they take, whether the LLM writes, and how an offline
// draft and a finished LLM text become results.

export type DraftInput = {
  context: DraftContextInput;
  config: AiConfigInput;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  // For the caller's structured log; the error message may quote the provider, never the API key.
  onLlmError?: (error: LlmError) => void;
};

/** The LLM and what the message is, or null where the offline drafter answers: no key, or only a closing is due. */
export function planLlmDraft({
  context,
  config,
  fetchImpl,
}: {
  context: DraftContext;
  config: AiConfigInput;
  fetchImpl?: typeof fetch;
}): { provider: DraftProvider; classification: Classification } | null {
  const provider = pickProvider({ config, fetchImpl });
  if (provider.source === "offline") return null;
  const classification = classifyContext(context);
  return needsOnlyClosing(context, classification) ? null : { provider, classification };
}

export function offlineResult({
  context,
  startedAt,
  fallbackReason,
}: {
  context: DraftContext;
  startedAt: number;
  fallbackReason?: FallbackReason;
}): DraftResult {
  const { text, classification, noReply } = draftOffline({ context });
  const { findings } = checkText({
    text,
    marketplace: context.marketplace,
    messageType: context.messageType ?? context.kind,
  });
  return {
    text,
    model: OFFLINE_MODEL,
    latencyMs: performance.now() - startedAt,
    findings,
    source: "offline",
    classification,
    noReply,
    ...(fallbackReason ? { fallbackReason } : {}),
  };
}

// Models like to wrap answers in quotes or Markdown even when told not to; the marketplaces show
// those characters literally.
export function cleanLlmText(raw: string): string {
  let text = raw.trim();
  text = text.replace(/^```[a-z]*\n?|```$/g, "").trim();
  if (/^(["«“]).*(["»”])$/s.test(text)) text = text.slice(1, -1).trim();
  return text
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/^#+\s+/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// An LLM text is used only when it is non-empty and passes the guardrails; otherwise the reason to
// fall back is returned instead.
export function acceptLlmText({
  raw,
  context,
  classification,
  model,
  startedAt,
}: {
  raw: string;
  context: DraftContext;
  classification: Classification;
  model: string;
  startedAt: number;
}): DraftResult | FallbackReason {
  const text = cleanLlmText(raw);
  if (!text) return "empty";
  const check = checkText({ text, marketplace: context.marketplace, messageType: context.messageType ?? context.kind });
  if (!check.ok) return "guardrails";
  return {
    text,
    model,
    latencyMs: performance.now() - startedAt,
    findings: check.findings,
    source: "llm",
    classification,
    noReply: false,
  };
}
