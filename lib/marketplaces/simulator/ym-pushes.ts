import type { SimContext } from "@/lib/marketplaces/simulator/context";
import type { YmState } from "@/lib/marketplaces/simulator/ym";

// Yandex Market pushes the simulator sends on request of a test or the demo: disputes and product questions.

/** A dispute on a chat starts or ends, pushed as CHAT_ARBITRAGE_STARTED / _FINISHED (never for DIRECT chats). */
export function setYmArbitrage(
  state: YmState,
  ctx: SimContext,
  { chatId, started }: { chatId: string; started: boolean },
) {
  const chat = state.chats.get(Number(chatId));
  if (!chat) throw new Error(`simulator: no chat ${chatId}`);
  if (chat.context.type === "DIRECT") throw new Error("simulator: no disputes in DIRECT chats");
  const now = ctx.now().toISOString();
  chat.type = "ARBITRAGE";
  chat.status = started ? "WAITING_FOR_ARBITER" : "WAITING_FOR_CUSTOMER";
  chat.updatedAt = now;
  const businessId = Number(ctx.credentials.yandex_market.businessId);
  ctx.pushWebhook(
    "yandex_market",
    started
      ? { notificationType: "CHAT_ARBITRAGE_STARTED", chatId: chat.chatId, businessId, startedAt: now }
      : { notificationType: "CHAT_ARBITRAGE_FINISHED", chatId: chat.chatId, businessId, finishedAt: now },
  );
}

/** Product-question pushes (the question methods themselves are not in the spec the connector follows). */
export function pushYmQuestionEvent(
  state: YmState,
  ctx: SimContext,
  input:
    | { type: "QUESTION_CREATED" }
    | { type: "QUESTION_ANSWER_CREATED" }
    | { type: "QUESTION_COMMENT_CREATED"; answerId: string },
): Record<string, string> {
  const businessId = Number(ctx.credentials.yandex_market.businessId);
  const createdAt = ctx.now().toISOString();
  const id = ++state.seq;
  if (input.type === "QUESTION_CREATED") {
    ctx.pushWebhook("yandex_market", { notificationType: input.type, questionId: id, businessId, createdAt });
    return { questionId: String(id) };
  }
  if (input.type === "QUESTION_ANSWER_CREATED") {
    ctx.pushWebhook("yandex_market", { notificationType: input.type, answerId: id, businessId, createdAt });
    return { answerId: String(id) };
  }
  ctx.pushWebhook("yandex_market", {
    notificationType: input.type,
    answerId: Number(input.answerId),
    commentId: id,
    businessId,
    createdAt,
  });
  return { answerId: input.answerId, commentId: String(id) };
}
