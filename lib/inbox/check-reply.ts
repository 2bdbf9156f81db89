import { checkText } from "@/lib/ai/guardrails/check-text";
import { countChars } from "@/lib/ai/guardrails/limits";
import type { TypedMessageType } from "@/lib/ai/types";
import { AppError } from "@/lib/errors";
import { checkReplyFiles } from "@/lib/inbox/reply-files";
import { replyRulesFor, type ChatKindDb } from "@/lib/inbox/reply-rules";
import type { Marketplace } from "@/lib/generated/prisma/enums";

/**
 * The checks every reply passes before anything is stored or sent: not empty, files the marketplace
 * takes, and the guardrails (which include the length limit). A blocking finding refuses the send
 * with 422 and the findings, so the composer can highlight the spans; flags pass.
 */
export function assertReplyAllowed({
  chat,
  text,
  files,
  amazonMessageType,
}: {
  chat: { marketplace: Marketplace; kind: ChatKindDb };
  text: string;
  files: { fileName: string; mimeType: string; bytes: Uint8Array }[];
  amazonMessageType?: TypedMessageType;
}) {
  const rules = replyRulesFor({ marketplace: chat.marketplace, kind: chat.kind, amazonMessageType });
  if (!text.trim() && files.length === 0)
    throw new AppError("unprocessable", "The reply is empty", { details: { reason: "empty" } });
  const issues = checkReplyFiles({
    files: files.map((f) => ({ name: f.fileName, type: f.mimeType, size: f.bytes.byteLength })),
    rules,
  });
  if (issues.length) {
    throw new AppError("unprocessable", "The marketplace does not accept these files", {
      // Codes with values: the composer words them in the member's language.
      details: { reason: "files", issues },
    });
  }
  const check = checkText({ text, marketplace: chat.marketplace, messageType: rules.messageType });
  if (!check.ok || countChars(text) > rules.maxChars) {
    throw new AppError("unprocessable", "The reply breaks the marketplace's rules", {
      details: { reason: "guardrails", findings: check.findings, maxChars: rules.maxChars },
    });
  }
  return { rules, findings: check.findings };
}
