import type { MessageType } from "@/lib/ai/types";
import type { Capabilities } from "@/lib/marketplaces/schemas";

// The reply rules of one chat as the composer receives them (GET /api/chats/[id] -> replyRules) and the
// file check both sides apply. No runtime imports: this file is part of the inbox's first-load JS.

export type ReplyRules = {
  maxChars: number;
  /** null: no files here (answers to reviews and questions never carry files). */
  attachments: Capabilities["attachments"];
  /** What the guardrails call this kind of text. */
  messageType: MessageType;
};

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
    if (!a.mimeTypes.includes(f.type.toLowerCase()))
      issues.push({ code: "type", fileName: f.name, mimeType: f.type || "?", allowed: a.mimeTypes });
    else if (f.size > a.maxFileBytes) issues.push({ code: "size", fileName: f.name, limitBytes: a.maxFileBytes });
  }
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (a.maxTotalBytes !== null && total > a.maxTotalBytes) issues.push({ code: "total", limitBytes: a.maxTotalBytes });
  return issues;
}
