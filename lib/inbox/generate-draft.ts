import { findReplyExamples } from "@/lib/ai/examples/find-reply-examples";
import { pendingBuyerText } from "@/lib/ai/offline-drafter";
import { pendingDraft, recordDraftOutcome } from "@/lib/ai/outcomes/record-draft-outcome";
import { aiConfigSchema, type AiConfigInput } from "@/lib/ai/provider";
import { streamDraft } from "@/lib/ai/stream-draft";
import { draftContextSchema, type FallbackReason } from "@/lib/ai/types";
import { prisma } from "@/lib/db";
import { aiConfig } from "@/lib/inbox/ai-config";
import { buildDraftContext } from "@/lib/inbox/build-draft-context";
import { DRAFT_SELECT, draftRowData, toDraftView, type DraftView } from "@/lib/inbox/draft-view";
import { logger } from "@/lib/log";

const log = logger("ai-draft");

// What the draft panel reads, in order: start, then deltas (a reset clears a half-written LLM text
// before the offline draft follows), then done with the stored draft.
export type DraftEvent =
  | { type: "start"; source: "llm" | "offline"; model: string; negativeReview: boolean }
  | { type: "delta"; text: string }
  | { type: "reset"; reason: FallbackReason }
  | { type: "done"; draft: DraftView };

/**
 * Writes a new draft for a chat and stores it (AiDraft: text, model, latency, guardrail findings,
 * fallback reason). The context is built before anything streams, so a missing chat is a plain 404.
 * The draft is stored even if nobody reads the events; a draft abandoned because the client went
 * away (aborted) is not. Drafts are never sent by themselves: the operator inserts and sends.
 */
export async function generateDraft({
  workspaceId,
  chatId,
  signal,
  config = aiConfig(),
  fetchImpl,
}: {
  workspaceId: string;
  chatId: string;
  signal?: AbortSignal;
  config?: AiConfigInput;
  fetchImpl?: typeof fetch;
}): Promise<AsyncIterable<DraftEvent>> {
  const { context: built, negativeReview, kind } = await buildDraftContext({ workspaceId, chatId });
  const parsed = aiConfigSchema.parse(config);
  // Only the LLM reads examples: the offline drafter is not asked to imitate anyone.
  const context = parsed.apiKey
    ? {
        ...built,
        examples: await findReplyExamples({
          workspaceId,
          kind,
          text: pendingBuyerText(draftContextSchema.parse(built)),
        }),
      }
    : built;
  const stream = streamDraft({
    context,
    config,
    signal,
    fetchImpl,
    onLlmError: (error) =>
      log.warn("llm draft failed, offline fallback", { chatId, reason: error.reason, status: error.status }),
  });
  const stored: Promise<DraftView | null> = stream.result.then(async (result) => {
    if (result.fallbackReason === "aborted") return null;
    // The draft this one replaces was regenerated rather than used.
    const previous = await pendingDraft({ workspaceId, chatId });
    if (previous) await recordDraftOutcome({ workspaceId, draftId: previous.id, outcome: "regenerated" });
    const row = await prisma().aiDraft.create({ data: { chatId, ...draftRowData(result) }, select: DRAFT_SELECT });
    log.info("draft stored", {
      chatId,
      draftId: row.id,
      source: row.source,
      model: row.model,
      latencyMs: row.latencyMs,
      fallbackReason: row.fallbackReason,
    });
    return toDraftView(row);
  });
  // Handled here so an unread stream never leaves an unhandled rejection; the generator rethrows it.
  stored.catch(() => {});

  async function* events(): AsyncGenerator<DraftEvent> {
    yield {
      type: "start",
      source: parsed.apiKey ? "llm" : "offline",
      model: parsed.apiKey ? parsed.model : "offline",
      negativeReview,
    };
    for await (const event of stream.events) yield event;
    const draft = await stored;
    if (draft) yield { type: "done", draft };
  }
  return events();
}
