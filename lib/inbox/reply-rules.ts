import { lengthLimitFor } from "@/lib/ai/guardrails/limits";
import type { AmazonMessageType, Marketplace, MessageType } from "@/lib/ai/types";
import { MARKETPLACE_META } from "@/lib/marketplaces/marketplace-meta";
import { marketplaceFromDb } from "@/lib/marketplaces/marketplace";
import type { Capabilities } from "@/lib/marketplaces/schemas";

// What a reply in one chat may be: the character limit and the files the marketplace accepts. Pure,
// so the composer (counter, attach checks) and sendReply (the authority) apply the same rules.

export type ChatKindDb = "CHAT" | "QUESTION" | "REVIEW";

export type ReplyRules = {
  maxChars: number;
  /** null: no files here (answers to reviews and questions never carry files). */
  attachments: Capabilities["attachments"];
  /** What the guardrails call this kind of text. */
  messageType: MessageType;
};

export function replyRulesFor({
  marketplace,
  kind,
  amazonMessageType,
}: {
  marketplace: Marketplace;
  kind: ChatKindDb;
  amazonMessageType?: AmazonMessageType;
}): ReplyRules {
  const capabilities = MARKETPLACE_META[marketplaceFromDb({ value: marketplace })].capabilities;
  if (kind !== "CHAT") {
    const messageType = kind === "QUESTION" ? "question" : "review";
    return { maxChars: lengthLimitFor({ marketplace, messageType }), attachments: null, messageType };
  }
  const messageType: MessageType = amazonMessageType ?? "chat";
  // The guardrail table and the connector's capability agree today; the smaller one wins if they drift.
  const maxChars = Math.min(capabilities.maxTextLength, lengthLimitFor({ marketplace, messageType }));
  return { maxChars, attachments: capabilities.attachments, messageType };
}

export type FileIssue =
  | { code: "not_allowed" }
  | { code: "too_many"; limit: number }
  | { code: "type"; fileName: string; mimeType: string; allowed: string[] }
  | { code: "size"; fileName: string; limitBytes: number }
  | { code: "total"; limitBytes: number };

export type FileInfo = { name: string; type: string; size: number };

export function checkReplyFiles({ files, rules }: { files: FileInfo[]; rules: ReplyRules }): FileIssue[] {
  if (files.length === 0) return [];
  const a = rules.attachments;
  if (!a) return [{ code: "not_allowed" }];
  const issues: FileIssue[] = [];
  if (files.length > a.maxFilesPerMessage) issues.push({ code: "too_many", limit: a.maxFilesPerMessage });
  for (const f of files) {
    if (!a.mimeTypes.includes(f.type.toLowerCase())) issues.push({ code: "type", fileName: f.name, mimeType: f.type || "?", allowed: a.mimeTypes });
    else if (f.size > a.maxFileBytes) issues.push({ code: "size", fileName: f.name, limitBytes: a.maxFileBytes });
  }
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (a.maxTotalBytes !== null && total > a.maxTotalBytes) issues.push({ code: "total", limitBytes: a.maxTotalBytes });
  return issues;
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
