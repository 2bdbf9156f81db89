import type { Marketplace, MessageType } from "@/lib/ai/types";
import { descriptorOf } from "@/lib/marketplaces/registry";

// Maximum reply length in characters (Unicode code points), from the vendors' API schemas
// (shared/marketplace-apis/*.md), kept in each marketplace's descriptor (textLimits; per message type
// where the marketplace sends typed messages). Exported for the composer's counter.
export function lengthLimitFor({
  marketplace,
  messageType,
}: {
  marketplace: Marketplace;
  messageType?: MessageType;
}): number {
  const descriptor = descriptorOf({ marketplace: marketplace });
  const typed = descriptor.messageTypes;
  if (typed) {
    return messageType && Object.hasOwn(typed.limits, messageType) ? typed.limits[messageType]! : typed.defaultLimit;
  }
  const kind = messageType === "question" || messageType === "review" ? messageType : "chat";
  return descriptor.textLimits[kind];
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
