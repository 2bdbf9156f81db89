import { prisma } from "@/lib/db";
import { logger } from "@/lib/log";
import { advanceNegativeReviewCases } from "@/lib/negative-reviews/advance-negative-review-cases";
import { isReviewTemplateMessage } from "@/lib/negative-reviews/link-heuristic";
import { linkNegativeReviewChats } from "@/lib/negative-reviews/link-negative-review-chats";

const log = logger("negative-reviews");

/**
 * The ingestion hook: after chats and messages are stored (or a reply is delivered), links new
 * template chats to their reviews and moves the cases of these chats on. Two cheap queries when
 * none of the chats concern a case. Never fails the caller: the minute sweep catches up.
 */
export async function trackNegativeReviewChats({ chatIds }: { chatIds: string[] }): Promise<void> {
  if (!chatIds.length) return;
  try {
    const db = prisma();
    const notices = await db.message.findMany({
      where: { chatId: { in: chatIds }, author: "MARKETPLACE", chat: { kind: "CHAT", linkedReviews: { none: {} } } },
      select: { author: true, text: true, chat: { select: { accountId: true } } },
    });
    const accounts = new Set(notices.filter((m) => isReviewTemplateMessage(m)).map((m) => m.chat.accountId));
    for (const accountId of accounts) await linkNegativeReviewChats({ accountId });
    const cases = await db.negativeReviewCase.findMany({
      where: { OR: [{ chatId: { in: chatIds } }, { reviewChatId: { in: chatIds } }] },
      select: { id: true },
    });
    await advanceNegativeReviewCases({ caseIds: cases.map((c) => c.id) });
  } catch (error) {
    log.warn("negative-review tracking failed; the sweep retries", {
      chats: chatIds.length,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
