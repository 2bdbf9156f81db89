import type { AmazonMessageType, ChatKind, Marketplace, MessageType } from "@/lib/ai/types";

// Maximum reply length in characters (Unicode code points), from the vendors' API schemas
// (shared/marketplace-apis/*.md). Exported for the composer's counter.
//  - Wildberries: chat `message` maxLength 1000; feedback answers 2..5000. Questions have no
//    maxLength in the spec, so they get the feedback limit until WB says otherwise.
//  - Ozon: /v1/chat/send/message `text` 1..1000 (the research seed's "4000" is wrong).
//  - Yandex Market: chat message 1..4096; goods-feedback comment 1..4096.
//  - Avito: messenger `message.text` maxLength 1000 (no reviews API, same limit everywhere).
//  - Amazon: one limit per Messaging operation, see AMAZON_LENGTH_LIMITS.
export const MESSAGE_LENGTH_LIMITS: Record<Exclude<Marketplace, "AMAZON">, Record<ChatKind, number>> = {
  WILDBERRIES: { chat: 1000, question: 5000, review: 5000 },
  OZON: { chat: 1000, question: 1000, review: 1000 },
  YANDEX_MARKET: { chat: 4096, question: 4096, review: 4096 },
  AVITO: { chat: 1000, question: 1000, review: 1000 },
};

export const AMAZON_LENGTH_LIMITS: Record<AmazonMessageType, number> = {
  confirmCustomizationDetails: 800,
  confirmDeliveryDetails: 2000,
  confirmOrderDetails: 2000,
  confirmServiceDetails: 2000,
  digitalAccessKey: 400,
  unexpectedProblem: 2000,
};

// Most Amazon text operations allow 2000; the composer passes the real type when it knows it.
const AMAZON_DEFAULT_LIMIT = 2000;

export function lengthLimitFor({ marketplace, messageType }: { marketplace: Marketplace; messageType?: MessageType }): number {
  if (marketplace === "AMAZON") {
    return messageType && messageType in AMAZON_LENGTH_LIMITS
      ? AMAZON_LENGTH_LIMITS[messageType as AmazonMessageType]
      : AMAZON_DEFAULT_LIMIT;
  }
  const kind: ChatKind = messageType === "question" || messageType === "review" ? messageType : "chat";
  return MESSAGE_LENGTH_LIMITS[marketplace][kind];
}

// Counts what the marketplaces count: characters, so an emoji is one, not two UTF-16 units.
export function countChars(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

// UTF-16 offset of the n-th code point, for highlighting the part past the limit.
export function offsetOfChar(text: string, n: number): number {
  let i = 0;
  let offset = 0;
  for (const ch of text) {
    if (i === n) return offset;
    offset += ch.length;
    i++;
  }
  return offset;
}
