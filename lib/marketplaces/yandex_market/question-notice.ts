import type { Chat, Message } from "@/lib/marketplaces/schemas";

// Product questions: the notification API announces them (QUESTION_CREATED, QUESTION_ANSWER_CREATED,
// QUESTION_COMMENT_CREATED) with ids only, and the question methods (text, answering) are not part of the
// Partner API spec this connector follows. So the push itself becomes a question conversation that tells
// the operator to open the question in the seller cabinet (a notice, worded in the reader's language). A QUESTION_ANSWER_CREATED names no question,
// so answers and the comments under them are grouped per answer.

type Notice =
  | { kind: "question"; questionId: string; at: string }
  | { kind: "answer"; answerId: string; at: string }
  | { kind: "comment"; answerId: string; commentId: string; at: string };

export function questionNotice(n: Notice): { chat: Chat; message: Message } {
  const chatExternalId = n.kind === "question" ? `question-${n.questionId}` : `answer-${n.answerId}`;
  const chat: Chat = {
    externalId: chatExternalId,
    kind: "question",
    customerName: null,
    context: { orderId: null, returnId: null, productId: null, itemTitle: null, itemUrl: null },
    marketplaceStatus: null,
    awaitingReply: n.kind !== "answer",
    unreadCount: null,
    createdAt: n.at,
    lastMessageAt: n.at,
    replyToken: null,
  };
  const base = { chatExternalId, createdAt: n.at, attachments: [], isRead: null };
  const message: Message =
    n.kind === "question"
      ? {
          ...base,
          externalId: `question:${n.questionId}`,
          author: "buyer",
          text: "",
          notice: { code: "question", params: { questionId: n.questionId } },
        }
      : n.kind === "answer"
        ? {
            ...base,
            externalId: `answer:${n.answerId}`,
            author: "marketplace",
            text: "",
            notice: { code: "question_answer", params: { answerId: n.answerId } },
          }
        : {
            ...base,
            externalId: `comment:${n.commentId}`,
            author: "buyer",
            text: "",
            notice: { code: "question_comment", params: { answerId: n.answerId, commentId: n.commentId } },
          };
  return { chat, message };
}
