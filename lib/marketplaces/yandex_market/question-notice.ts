import type { Chat, Message } from "@/lib/marketplaces/schemas";

// Product questions: the notification API announces them (QUESTION_CREATED, QUESTION_ANSWER_CREATED,
// QUESTION_COMMENT_CREATED) with ids only, and the question methods (text, answering) are not part of the
// Partner API spec this connector follows. So the push itself becomes a question conversation that tells
// the operator to open the question in the seller cabinet. A QUESTION_ANSWER_CREATED names no question,
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
          text: `Покупатель задал вопрос о товаре (вопрос № ${n.questionId}). Маркет не передаёт текст вопроса в уведомлении: прочитайте его и ответьте в кабинете продавца, раздел «Вопросы о товарах».`,
        }
      : n.kind === "answer"
        ? {
            ...base,
            externalId: `answer:${n.answerId}`,
            author: "marketplace",
            text: `На вопрос о товаре появился новый ответ (ответ № ${n.answerId}). Текст — в кабинете продавца, раздел «Вопросы о товарах».`,
          }
        : {
            ...base,
            externalId: `comment:${n.commentId}`,
            author: "buyer",
            text: `Новый комментарий к ответу на вопрос о товаре (ответ № ${n.answerId}, комментарий № ${n.commentId}). Текст — в кабинете продавца, раздел «Вопросы о товарах».`,
          };
  return { chat, message };
}
