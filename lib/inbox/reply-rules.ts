import { lengthLimitFor } from "@/lib/ai/guardrails/limits";
import type { TypedMessageType, Marketplace, MessageType } from "@/lib/ai/types";
import { MARKETPLACE_META } from "@/lib/marketplaces/marketplace-meta";
import type { ReplyRules } from "@/lib/inbox/reply-files";

// What a reply in one chat may be: the character limit and the files the marketplace accepts. Server
// side: getChat hands the result to the composer, and sendReply (the authority) applies the same rules.

export type ChatKindDb = "CHAT" | "QUESTION" | "REVIEW";

export function replyRulesFor({
  marketplace,
  kind,
  amazonMessageType,
}: {
  marketplace: Marketplace;
  kind: ChatKindDb;
  amazonMessageType?: TypedMessageType;
}): ReplyRules {
  const capabilities = MARKETPLACE_META[marketplace].capabilities;
  if (kind !== "CHAT") {
    const messageType = kind === "QUESTION" ? "question" : "review";
    return { maxChars: lengthLimitFor({ marketplace, messageType }), attachments: null, messageType };
  }
  const messageType: MessageType = amazonMessageType ?? "chat";
  // The guardrail table and the connector's capability agree today; the smaller one wins if they drift.
  const maxChars = Math.min(capabilities.maxTextLength, lengthLimitFor({ marketplace, messageType }));
  return { maxChars, attachments: capabilities.attachments, messageType };
}
