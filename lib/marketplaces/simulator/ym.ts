import type { BuyerMessageInput, BuyerMessageResult, SimContext } from "@/lib/marketplaces/simulator/context";
import { randomBuyerName, randomBuyerText, recordSent } from "@/lib/marketplaces/simulator/context";
import { shuffleSeeded } from "@/lib/marketplaces/simulator/random";
import { json, readForm, readJson, type SimRequest, type SimResponse } from "@/lib/marketplaces/simulator/http-utils";
import type { SimModule } from "@/lib/marketplaces/simulator/module";
import { page, ymError, ymFeedbacks, type YmSimFeedback } from "@/lib/marketplaces/simulator/ym-feedbacks";

// Yandex Market Partner API (chats + goods-feedback) under /ym. 420 is its rate-limit status.

type YmSimMessage = {
  messageId: number;
  createdAt: string;
  sender: string;
  message?: string;
  payload?: Array<{ name: string; url: string; size: number }>;
};
type YmSimChat = {
  chatId: number;
  context: {
    type: string;
    customer: { name: string; publicId: string };
    campaignId: number;
    orderId?: number;
    returnId?: number;
  };
  type: string;
  status: string;
  createdAt: string;
  updatedAt: string;
  messages: YmSimMessage[];
};

export type YmState = {
  chats: Map<number, YmSimChat>;
  feedbacks: YmSimFeedback[];
  orders: Set<number>;
  returns: Set<number>;
  seq: number;
  maxPageSize: number;
};

export function createYmState(now: Date): YmState {
  const at = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
  const feedback = (id: number, rating: number, comment: string, minutesAgo: number): YmSimFeedback => ({
    feedbackId: id,
    createdAt: at(minutesAgo),
    needReaction: true,
    identifiers: { orderId: 5_000_000 + id, offerId: `SKU-${id}` },
    author: randomBuyerName(),
    description: {
      comment,
      advantages: rating > 3 ? "Качество" : undefined,
      disadvantages: rating <= 3 ? "Размер" : undefined,
    },
    statistics: { rating, commentsCount: 0, recommended: rating > 3 },
    comments: [],
  });
  return {
    chats: new Map(),
    feedbacks: [
      feedback(901, 5, "Отличный товар, рекомендую", 20),
      // Opened in the cabinet, not answered: needReaction false, no comment of the shop.
      { ...feedback(902, 2, "Маломерит на размер", 50), needReaction: false },
      {
        ...feedback(903, 4, "Хорошая ткань, но долгая доставка", 90),
        needReaction: false,
        statistics: { rating: 4, commentsCount: 1, recommended: true },
        comments: [
          {
            id: 903_001,
            text: "Спасибо за отзыв! Ускорили отправку со склада.",
            status: "PUBLISHED",
            author: { type: "BUSINESS", name: "Магазин" },
          },
        ],
      },
    ],
    orders: new Set([77001, 77002]),
    returns: new Set([88001]),
    seq: 1000,
    maxPageSize: 100,
  };
}

function addChat(
  state: YmState,
  ctx: SimContext,
  context: Partial<YmSimChat["context"]> & { type: string },
  name?: string,
): YmSimChat {
  const chatId = ++state.seq;
  const now = ctx.now().toISOString();
  const chat: YmSimChat = {
    chatId,
    type: "CHAT",
    status: "NEW",
    createdAt: now,
    updatedAt: now,
    messages: [],
    context: {
      customer: { name: name ?? randomBuyerName(), publicId: `pub-${chatId}` },
      campaignId: 21_000_001,
      ...context,
    },
  };
  state.chats.set(chatId, chat);
  ctx.pushWebhook("yandex_market", {
    notificationType: "CHAT_CREATED",
    chatId,
    businessId: Number(ctx.credentials.yandex_market.businessId),
    createdAt: now,
  });
  return chat;
}

export function injectYmBuyerMessage(state: YmState, ctx: SimContext, input: BuyerMessageInput): BuyerMessageResult {
  const existing = [...state.chats.values()];
  const chat =
    (input.chatId && state.chats.get(Number(input.chatId))) ||
    (!input.chatId && input.reuseChat && existing.length
      ? existing[Math.floor(ctx.random() * existing.length)]!
      : null) ||
    addChat(state, ctx, { type: "ORDER", orderId: 77001 }, input.customerName);
  const now = ctx.now().toISOString();
  const message: YmSimMessage = {
    messageId: ++state.seq,
    createdAt: now,
    sender: "CUSTOMER",
    message: input.text ?? randomBuyerText(),
  };
  if (input.withFile)
    message.payload = [{ name: "фото.jpg", url: `https://market.yandex.ru/sim/${message.messageId}.jpg`, size: 2048 }];
  chat.messages.push(message);
  chat.updatedAt = now;
  chat.status = "WAITING_FOR_PARTNER";
  ctx.pushWebhook("yandex_market", {
    notificationType: "CHAT_MESSAGE_SENT",
    chatId: chat.chatId,
    messageId: String(message.messageId),
    businessId: Number(ctx.credentials.yandex_market.businessId),
    sentAt: now,
  });
  return { chatId: String(chat.chatId), messageId: String(message.messageId) };
}

const dto = ({ messages: _messages, ...chat }: YmSimChat) => chat;

async function chats(state: YmState, req: SimRequest, ctx: SimContext, rest: string): Promise<SimResponse> {
  const q = req.query;
  const limit = Math.min(Number(q.get("limit") ?? 10), state.maxPageSize); // PageLimit20: default 10
  const chat = q.get("chatId") ? state.chats.get(Number(q.get("chatId"))) : undefined;
  const needChat = () => ymError(404, "CHAT_NOT_FOUND", `Chat ${q.get("chatId")} not found`);
  const key = `${req.method} ${rest}`;
  if (key === "POST /chats") {
    if (limit < 1 || limit > 20) return ymError(400, "BAD_REQUEST", "limit must be 1..20");
    const body = (readJson(req) ?? {}) as { statuses?: string[] };
    const all = [...state.chats.values()].filter((c) => !body.statuses || body.statuses.includes(c.status));
    const { slice, paging } = page(all, q.get("pageToken"), limit);
    return json(200, { status: "OK", result: { chats: shuffleSeeded(slice, ctx.random).map(dto), paging } }); // no order in the spec
  }
  if (key === "GET /chat") return chat ? json(200, { status: "OK", result: dto(chat) }) : needChat();
  if (key === "POST /chats/history") {
    if (!chat) return needChat();
    const { slice, paging } = page(
      chat.messages,
      q.get("pageToken"),
      Math.min(Number(q.get("limit") ?? 50), state.maxPageSize),
    );
    return json(200, { status: "OK", result: { context: chat.context, messages: slice, paging } });
  }
  if (key === "GET /chats/message") {
    const m = chat?.messages.find((x) => x.messageId === Number(q.get("messageId")));
    return m ? json(200, { status: "OK", result: m }) : ymError(404, "MESSAGE_NOT_FOUND", "Message not found");
  }
  if (key === "POST /chats/message" || key === "POST /chats/file/send") {
    if (!chat) return needChat();
    if (chat.status === "FINISHED") return ymError(400, "CHAT_FINISHED", "Чат завершён, отправка сообщений невозможна");
    let text: string | undefined;
    let files: Array<{ name: string; type: string; size: number }> = [];
    if (key === "POST /chats/message") {
      text = String((readJson(req) as { message?: string } | null)?.message ?? "");
      if (text.length < 1 || text.length > 4096) return ymError(400, "BAD_REQUEST", "message length must be 1..4096");
    } else {
      const file = (await readForm(req)).get("file");
      if (!file || typeof file === "string") return ymError(400, "BAD_REQUEST", "file is required");
      if (file.size > 5 * 1024 * 1024) return ymError(400, "FILE_TOO_BIG", "Максимальный размер файла — 5 Мбайт");
      files = [{ name: file.name, type: file.type, size: file.size }];
    }
    const now = ctx.now().toISOString();
    chat.messages.push({
      messageId: ++state.seq,
      createdAt: now,
      sender: "PARTNER",
      ...(text
        ? { message: text }
        : { payload: files.map((f) => ({ name: f.name, url: `https://sim/${f.name}`, size: f.size })) }),
    });
    chat.updatedAt = now;
    chat.status = "WAITING_FOR_CUSTOMER";
    recordSent(ctx, {
      marketplace: "yandex_market",
      kind: text ? "message" : "file",
      chatId: String(chat.chatId),
      text: text ?? null,
      files,
    });
    return json(200, { status: "OK" });
  }
  if (key === "POST /chats/new") {
    const body = readJson(req) as { context?: { type?: string; id?: number | string } } | null;
    const type = body?.context?.type;
    const id = Number(body?.context?.id);
    if ((type === "ORDER" && !state.orders.has(id)) || (type === "RETURN" && !state.returns.has(id)) || !type) {
      return ymError(400, "BAD_REQUEST", `Нельзя начать чат: ${type} ${id} не найден`);
    }
    const created = addChat(
      state,
      ctx,
      type === "RETURN" ? { type, orderId: 77001, returnId: id } : { type, orderId: id },
    );
    recordSent(ctx, {
      marketplace: "yandex_market",
      kind: "chat_started",
      chatId: String(created.chatId),
      text: null,
      extra: { type, id },
    });
    return json(200, { status: "OK", result: { chatId: created.chatId } });
  }
  return ymError(404, "NOT_FOUND", `no route ${key}`);
}

export function ymModule(state: YmState): SimModule {
  return {
    prefix: "/ym",
    marketplace: "yandex_market",
    errorBody: (status, message) =>
      ymError(status, status === 420 ? "HIT_RATE_LIMIT" : status === 401 ? "UNAUTHORIZED" : "INTERNAL_ERROR", message),
    rejectBody: (message) => ymError(400, "MESSAGE_REJECTED", message),
    async handle(req, ctx) {
      const { apiKey, businessId } = ctx.credentials.yandex_market;
      if (req.headers.get("api-key") !== apiKey) return ymError(401, "UNAUTHORIZED", "Api-Key is invalid or expired");
      const m = req.path.match(/^\/v2\/businesses\/(\d+)(\/.*)$/);
      if (!m) return ymError(404, "NOT_FOUND", `no route ${req.path}`);
      if (m[1] !== businessId) return ymError(403, "FORBIDDEN", `Access to business ${m[1]} denied`);
      const rest = m[2]!;
      return rest.startsWith("/goods-feedback") ? ymFeedbacks(state, req, ctx, rest) : chats(state, req, ctx, rest);
    },
  };
}
