import { defineSubscriber } from "@/lib/events/bus";
import { caseReminderNotice, REMINDER_CASE_SELECT } from "@/lib/notifications/reminder-notice";
import { writeNotifications } from "@/lib/notifications/write-notifications";
import { cutText } from "@/lib/text/cut-text";

// The note in a notification: enough to know what it is about.
const NOTE_BODY_CHARS = 300;

/**
 * The in-app notifications the domains' events call for, written in the change's transaction (a change
 * that rolls back notifies nobody) by the one writer, writeNotifications. Rows keep a kind and values,
 * worded in the reader's language when read (lib/notifications/notification-text.ts).
 */
export const NOTIFICATION_SUBSCRIBERS = [
  // Each member a note @mentions.
  defineSubscriber({
    id: "notifications.note-mentions",
    event: "inbox/note.added",
    phase: "in-transaction",
    handle: async ({ workspaceId, chatId, noteId, authorId, mentionedUserIds }, { tx, publish }) => {
      if (!mentionedUserIds.length) return;
      const [note, author, users] = await Promise.all([
        tx.chatNote.findUniqueOrThrow({ where: { id: noteId }, select: { text: true } }),
        tx.user.findUnique({ where: { id: authorId }, select: { name: true, email: true } }),
        tx.membership.findMany({ where: { workspaceId, userId: { in: mentionedUserIds } }, select: { userId: true } }),
      ]);
      const params = { author: author?.name ?? author?.email ?? "—" };
      // The note itself is the body.
      await writeNotifications({
        tx,
        publish,
        workspaceId,
        rows: users.map((u) => ({
          userId: u.userId,
          kind: "mention" as const,
          params,
          body: cutText(note.text, NOTE_BODY_CHARS),
          chatId,
        })),
      });
    },
  }),
  // A negative-review case's reminder or escalation: its recipients (the ledger row names them).
  defineSubscriber({
    id: "notifications.case-reminder",
    event: "negative-reviews/reminder.due",
    phase: "in-transaction",
    handle: async ({ workspaceId, caseId, type, userIds, at }, { tx, publish }) => {
      if (!userIds.length) return;
      const kase = await tx.negativeReviewCase.findFirstOrThrow({
        where: { id: caseId, workspaceId },
        select: { ...REMINDER_CASE_SELECT, chatId: true, reviewChatId: true },
      });
      const notice = caseReminderNotice({ kase, type, now: at });
      await writeNotifications({
        tx,
        publish,
        workspaceId,
        rows: userIds.map((userId) => ({ userId, ...notice, chatId: kase.chatId ?? kase.reviewChatId, caseId })),
      });
    },
  }),
];
