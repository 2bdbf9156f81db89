import { classifyMessage } from "@/lib/ai/classify-message";
import { withDomainEvents } from "@/lib/events/bus";
import type { Marketplace } from "@/lib/generated/prisma/client";
import { refreshChatState } from "@/lib/ingest/refresh-chat-state";

export type MessageEdit = { chatExternalId: string; messageExternalId: string; text: string; editedAt: string };

/**
 * Puts a marketplace's edit of a stored message into the thread: the new text, when it was edited,
 * and the text as it was before the first edit we saw. Idempotent and order-proof: an edit older than
 * the one already applied, or one that changes nothing, is skipped. A message not stored yet was
 * inserted with its edited text by the caller; here it only gets its edit time.
 */
export async function applyMessageEdits({
  account,
  edits,
}: {
  account: { id: string; marketplace: Marketplace };
  edits: MessageEdit[];
}): Promise<number> {
  if (!edits.length) return 0;
  const sorted = [...edits].sort((a, b) => a.editedAt.localeCompare(b.editedAt));
  return withDomainEvents(async (tx, publish) => {
    const touched = new Set<string>();
    for (const edit of sorted) {
      const row = await tx.message.findFirst({
        where: {
          externalId: edit.messageExternalId,
          chat: { accountId: account.id, kind: "CHAT", externalId: edit.chatExternalId },
        },
        select: { id: true, chatId: true, author: true, text: true, editedAt: true, originalText: true },
      });
      if (!row) continue;
      const editedAt = new Date(edit.editedAt);
      // A newer edit is already in, or this one is (a redelivery): nothing to do.
      if (row.editedAt && (row.editedAt > editedAt || row.text === edit.text)) continue;
      const changed = row.text !== edit.text;
      const classification =
        changed && row.author === "BUYER" && edit.text.trim()
          ? classifyMessage({ text: edit.text, marketplace: account.marketplace })
          : null;
      await tx.message.update({
        where: { id: row.id },
        data: {
          text: edit.text,
          editedAt,
          ...(changed && row.originalText === null ? { originalText: row.text } : {}),
          ...(classification
            ? { sentiment: classification.sentiment, intent: classification.intent, priority: classification.priority }
            : {}),
        },
      });
      touched.add(row.chatId);
    }
    // The preview and priority follow the new text.
    await refreshChatState({ tx, chatIds: [...touched] });
    if (touched.size) await publish({ name: "inbox/messages.updated", data: { chatIds: [...touched] } });
    return touched.size;
  });
}
