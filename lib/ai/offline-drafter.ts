import { classifyMessage } from "@/lib/ai/classify-message";
import { countChars, lengthLimitFor } from "@/lib/ai/guardrails/limits";
import { closingReply } from "@/lib/ai/offline/closing-replies";
import { englishReply } from "@/lib/ai/offline/english-replies";
import { englishReviewReply, russianReviewReply } from "@/lib/ai/offline/review-replies";
import { readThread } from "@/lib/ai/offline/thread-state";
import { russianReply, type ReplyParts } from "@/lib/ai/offline/russian-replies";
import { withShopFact } from "@/lib/ai/offline/shop-fact-sentence";
import { isRussianTag } from "@/lib/i18n/language-name";
import { draftContextSchema, type Classification, type DraftContext, type DraftContextInput } from "@/lib/ai/types";

export const OFFLINE_MODEL = "offline-templates-v1";

// The buyer's side of the conversation since the seller last answered: that is what needs a reply.
export function pendingBuyerText(context: DraftContext): string {
  const pending: string[] = [];
  for (let i = context.messages.length - 1; i >= 0; i--) {
    const message = context.messages[i];
    if (!message) continue;
    if (message.author === "seller") break;
    if (message.author === "buyer") pending.unshift(message.text);
  }
  if (pending.length > 0) return pending.join("\n");
  const lastBuyer = [...context.messages].reverse().find((m) => m.author === "buyer");
  return lastBuyer?.text ?? context.reviewText ?? "";
}

// The latest message names the current need; earlier unanswered ones fill in when it is just
// "ну что там?" or "алло".
export function classifyContext(context: DraftContext): Classification {
  const text = pendingBuyerText(context);
  const lines = text.split("\n");
  const latest = classifyMessage({ text: lines[lines.length - 1] ?? "", rating: context.rating });
  if (latest.intent !== "other" || lines.length === 1) return latest;
  return classifyMessage({ text, rating: context.rating });
}

/**
 * The buyer only acknowledged in a chat: the short offline closing is the draft, no LLM call. Not when
 * the buyer has written nothing (a seller's first message): there is nothing to close.
 */
export function needsOnlyClosing(context: DraftContext, classification: Classification): boolean {
  return context.kind === "chat" && classification.intent === "no_reply" && pendingBuyerText(context).trim() !== "";
}

function writesEnglish(text: string): boolean {
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const cyrillic = (text.match(/[А-Яа-яЁё]/g) ?? []).length;
  return latin > 0 && latin > cyrillic * 2;
}

// Stable per conversation, so regenerating a draft does not reshuffle the wording.
function variantOf(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(hash);
}

function greeting(context: DraftContext, english: boolean): string {
  // Public answers to questions are read by everyone: no personal greeting.
  if (context.kind === "question") return english ? "Hello!" : "Здравствуйте!";
  if (english) return context.buyerName ? `Hello ${context.buyerName},` : "Hello,";
  return context.buyerName ? `Здравствуйте, ${context.buyerName}!` : "Здравствуйте!";
}

function signature(context: DraftContext, english: boolean): string {
  if (context.tone.signature) return context.tone.signature;
  if (context.tone.sellerName)
    return english ? `Best regards, ${context.tone.sellerName}` : `С уважением, ${context.tone.sellerName}`;
  return english ? "Best regards" : "С уважением, команда магазина";
}

function assemble(head: string, parts: ReplyParts, optionalCount: number, tail: string): string {
  const middle = [...parts.opening, ...parts.body, ...parts.optional.slice(0, optionalCount), ...parts.closing].join(
    " ",
  );
  return `${head}\n\n${middle}\n\n${tail}`;
}

// Drops optional sentences until the reply fits the marketplace, then cuts at a sentence end.
function fit(head: string, parts: ReplyParts, tail: string, limit: number): string {
  for (let n = parts.optional.length; n >= 0; n--) {
    const text = assemble(head, parts, n, tail);
    if (countChars(text) <= limit) return text;
  }
  const text = assemble(head, parts, 0, tail);
  const cut = [...text].slice(0, limit).join("");
  const end = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("! "), cut.lastIndexOf("\n"));
  return (end > 0 ? cut.slice(0, end + 1) : cut).trimEnd();
}

const isBuyer = (m: { author: string }) => m.author === "buyer";

export function draftOffline({ context: input }: { context: DraftContextInput | DraftContext }): {
  text: string;
  classification: Classification;
  noReply: boolean;
} {
  const context = draftContextSchema.parse(input);
  const classification = classifyContext(context);
  const buyerText = pendingBuyerText(context);
  // Templates exist in Russian and English only: a buyer the marketplace says reads another language
  // (Amazon de-DE, ja-JP ...) gets English rather than Russian.
  const english = context.buyerLocale ? !isRussianTag({ tag: context.buyerLocale }) : writesEnglish(buyerText);
  const variant = variantOf(context.seed ?? buyerText);
  const thread = readThread(context, classification);
  // An acknowledgement in a chat gets a short closing and the suggestion to resolve without a reply;
  // public answers (questions, reviews) are always written in full.
  // Nothing from the buyer yet (a seller's first message): nothing to close.
  if (context.kind === "chat" && buyerText.trim() && (thread.acknowledgement || thread.thanksAfterAnswer)) {
    return { text: closingReply({ thread, english, variant }), classification, noReply: thread.acknowledgement };
  }
  const input2 = { context, classification, buyerText, variant };
  // The seller's first message about a review the buyer has not followed up in the chat answers the review.
  const aboutReview = context.kind === "review" || (!!context.reviewText && !context.messages.some(isBuyer));
  const templateParts = aboutReview
    ? english
      ? englishReviewReply(input2)
      : russianReviewReply(input2)
    : english
      ? englishReply({ context, classification, buyerText })
      : russianReply(input2);
  const parts = withShopFact({ parts: templateParts, context, classification, english });
  const limit = lengthLimitFor({ marketplace: context.marketplace, messageType: context.messageType ?? context.kind });
  const text = fit(greeting(context, english), parts, signature(context, english), limit);
  return { text, classification, noReply: false };
}
