// Messages the marketplace reports without words of its own (lib/marketplaces/message-notice.ts codes).

export const messageNoticesRu = {
  missed_call: "Пропущенный звонок",
  deleted: "Сообщение удалено",
  voice: "Голосовое сообщение",
  question:
    "Покупатель задал вопрос о товаре (вопрос № {questionId}). Маркет не передаёт текст вопроса в уведомлении: прочитайте его и ответьте в кабинете продавца, раздел «Вопросы о товарах».",
  question_answer:
    "На вопрос о товаре появился новый ответ (ответ № {answerId}). Текст — в кабинете продавца, раздел «Вопросы о товарах».",
  question_comment:
    "Новый комментарий к ответу на вопрос о товаре (ответ № {answerId}, комментарий № {commentId}). Текст — в кабинете продавца, раздел «Вопросы о товарах».",
};

export const messageNoticesEn: typeof messageNoticesRu = {
  missed_call: "Missed call",
  deleted: "Message deleted",
  voice: "Voice message",
  question:
    "The buyer asked a question about a product (question no. {questionId}). The Market does not send the question's text in the notification: read and answer it in the seller account, under “Questions about products”.",
  question_answer:
    "A new answer to a product question (answer no. {answerId}). The text is in the seller account, under “Questions about products”.",
  question_comment:
    "A new comment on an answer to a product question (answer no. {answerId}, comment no. {commentId}). The text is in the seller account, under “Questions about products”.",
};
