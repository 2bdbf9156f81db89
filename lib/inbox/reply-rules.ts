import { lengthLimitFor } from "@/lib/ai/guardrails/limits";
import type { TypedMessageType, Marketplace, MessageType } from "@/lib/ai/types";
import { MARKETPLACE_META } from "@/lib/marketplaces/marketplace-meta";
import type { FileIssue, ReplyRules } from "@/lib/inbox/reply-files";

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

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} МБ`;

/** Russian text of a file issue, for API errors (the composer formats its own, per locale). */
export function describeFileIssue(issue: FileIssue): string {
  switch (issue.code) {
    case "not_allowed":
      return "Здесь нельзя прикрепить файлы";
    case "too_many":
      return `Не больше ${issue.limit} файлов в сообщении`;
    case "type":
      return `«${issue.fileName}»: тип ${issue.mimeType} не принимается (можно: ${issue.allowed.join(", ")})`;
    case "size":
      return `«${issue.fileName}» больше ${mb(issue.limitBytes)}`;
    case "total":
      return `Файлы вместе больше ${mb(issue.limitBytes)}`;
  }
}
