import type { BuyerMessageInput, BuyerMessageResult, SimContext } from "@/lib/marketplaces/simulator/context";
import { shuffleSeeded } from "@/lib/marketplaces/simulator/random";
import { randomBuyerText, recordSent } from "@/lib/marketplaces/simulator/context";
import { json, readJson, type SimRequest, type SimResponse } from "@/lib/marketplaces/simulator/http-utils";
import type { SimModule } from "@/lib/marketplaces/simulator/module";

// Ozon Seller API chat methods under /ozon. Message ids are uint64 beyond 2^53, as in production.

type OzonSimMessage = {
  message_id: string;
  user: { id: string; type: string };
  created_at: string;
  data: string[];
  context?: { order_number: string; sku: string };
  is_read: boolean;
  is_image: boolean;
};
type OzonSimChat = {
  chat_id: string;
  chat_type: string;
  chat_status: string;
  created_at: string;
  messages: OzonSimMessage[];
};

export type OzonState = {
  chats: Map<string, OzonSimChat>;
  nextMessageId: bigint;
  /** Posting numbers the seller may start a chat for. */
  postings: Set<string>;
  /** Server-side cap on `limit` (tests lower it to exercise paging). */
  maxPageSize: number;
};

export function createOzonState(): OzonState {
  return {
    chats: new Map(),
    nextMessageId: 3000000000817031942n,
    postings: new Set(["47873153-0052-1"]),
    maxPageSize: 1000,
  };
}

function rpc(status: number, code: number, message: string): SimResponse {
  return json(status, { code, message, details: [] });
}

function newId(state: OzonState): string {
  state.nextMessageId += 1000n + BigInt(Math.floor(Math.random() * 1000));
  return state.nextMessageId.toString();
}

function newChat(state: OzonState, ctx: SimContext, chatId?: string): OzonSimChat {
  const chat = {
    chat_id: chatId ?? crypto.randomUUID(),
    chat_type: "Buyer_Seller",
    chat_status: "OPENED",
    created_at: ctx.now().toISOString(),
    messages: [],
  };
  state.chats.set(chat.chat_id, chat);
  return chat;
}

export function injectOzonBuyerMessage(
  state: OzonState,
  ctx: SimContext,
  input: BuyerMessageInput,
): BuyerMessageResult {
  const existing = [...state.chats.values()].filter((c) => c.chat_type === "Buyer_Seller");
  const chat =
    (input.chatId && state.chats.get(input.chatId)) ||
    (!input.chatId && input.reuseChat && existing.length
      ? existing[Math.floor(ctx.random() * existing.length)]!
      : null) ||
    newChat(state, ctx, input.chatId);
  const message: OzonSimMessage = {
    message_id: newId(state),
    user: { id: "115568", type: "Customer" },
    created_at: ctx.now().toISOString(),
    data: [input.text ?? randomBuyerText()],
    context: chat.messages.length === 0 ? { order_number: "47873153-0052-1", sku: "987654321" } : undefined,
    is_read: false,
    is_image: false,
  };
  if (input.withFile) {
    message.data.push("![photo](https://cdn1.ozone.ru/s3/chat/sim-photo.jpg)");
    message.is_image = true;
  }
  chat.messages.push(message);
  ctx.pushWebhook("ozon", {
    message_type: "TYPE_NEW_MESSAGE",
    chat_id: chat.chat_id,
    chat_type: "Buyer_Seller",
    message_id: message.message_id,
    created_at: message.created_at,
    user: { id: "115568", type: "Customer" },
    data: message.data,
    seller_id: ctx.credentials.ozon.clientId,
  });
  return { chatId: chat.chat_id, messageId: message.message_id };
}

/** The buyer edits one of their messages: Ozon pushes TYPE_UPDATE_MESSAGE (the NEW_MESSAGE shape plus updated_at). */
export function editOzonBuyerMessage(
  state: OzonState,
  ctx: SimContext,
  input: { chatId: string; messageId?: string; text: string },
): { chatId: string; messageId: string } {
  const chat = state.chats.get(input.chatId);
  const message = chat?.messages
    .filter((m) => m.user.type === "Customer")
    .findLast((m) => !input.messageId || m.message_id === input.messageId);
  if (!chat || !message) throw new Error(`simulator: no buyer message to edit in Ozon chat ${input.chatId}`);
  message.data = [input.text];
  ctx.pushWebhook("ozon", {
    message_type: "TYPE_UPDATE_MESSAGE",
    chat_id: chat.chat_id,
    chat_type: chat.chat_type,
    message_id: message.message_id,
    created_at: message.created_at,
    updated_at: ctx.now().toISOString(),
    user: message.user,
    data: message.data,
    seller_id: ctx.credentials.ozon.clientId,
  });
  return { chatId: chat.chat_id, messageId: message.message_id };
}

/** The buyer opens the chat and reads it to the end: Ozon pushes TYPE_MESSAGE_READ with last_read_message_id. */
export function readOzonChatAsBuyer(
  state: OzonState,
  ctx: SimContext,
  input: { chatId: string },
): { lastReadMessageId: string } {
  const chat = state.chats.get(input.chatId);
  const last = chat?.messages.at(-1);
  if (!chat || !last) throw new Error(`simulator: Ozon chat ${input.chatId} has no messages to read`);
  ctx.pushWebhook("ozon", {
    message_type: "TYPE_MESSAGE_READ",
    chat_id: chat.chat_id,
    chat_type: chat.chat_type,
    message_id: last.message_id,
    created_at: last.created_at,
    user: { id: "115568", type: "Customer" },
    last_read_message_id: last.message_id,
    seller_id: ctx.credentials.ozon.clientId,
  });
  return { lastReadMessageId: last.message_id };
}

function unread(chat: OzonSimChat): OzonSimMessage[] {
  return chat.messages.filter((m) => !m.is_read && m.user.type === "Customer");
}

function chatList(state: OzonState, body: Record<string, unknown>, random: () => number): SimResponse {
  const limit = Math.min(Number(body.limit ?? 30), 100, state.maxPageSize);
  const offset = body.cursor ? Number(body.cursor) : 0;
  const filter = (body.filter ?? {}) as { unread_only?: boolean };
  const all = [...state.chats.values()].filter((c) => !filter.unread_only || unread(c).length > 0);
  const page = all.slice(offset, offset + limit);
  const hasNext = offset + limit < all.length;
  return json(200, {
    chats: shuffleSeeded(page, random).map((c) => ({
      // the spec promises no order within a page
      chat: { chat_id: c.chat_id, chat_status: c.chat_status, chat_type: c.chat_type, created_at: c.created_at },
      first_unread_message_id: unread(c)[0]?.message_id ?? "0",
      last_message_id: c.messages.at(-1)?.message_id ?? "0",
      unread_count: unread(c).length,
    })),
    cursor: String(offset + page.length),
    has_next: String(hasNext), // the official example sends a string
    total_unread_count: all.reduce((n, c) => n + unread(c).length, 0),
  });
}

function history(state: OzonState, body: Record<string, unknown>): SimResponse {
  const chat = state.chats.get(String(body.chat_id));
  if (!chat) return rpc(404, 5, "chat not found");
  const limit = Math.min(Number(body.limit ?? 50), 1000, state.maxPageSize);
  const ids = ((body.filter as { message_ids?: string[] } | undefined)?.message_ids ?? []).map(String);
  let list = ids.length ? chat.messages.filter((m) => ids.includes(m.message_id)) : chat.messages;
  const from = body.from_message_id !== undefined ? BigInt(String(body.from_message_id)) : null;
  if (body.direction === "Forward") {
    if (from === null) return rpc(400, 3, "from_message_id is required for direction Forward");
    list = list.filter((m) => BigInt(m.message_id) > from);
    return json(200, { has_next: list.length > limit, messages: list.slice(0, limit) });
  }
  const backward = list.filter((m) => from === null || BigInt(m.message_id) <= from).reverse();
  return json(200, { has_next: backward.length > limit, messages: backward.slice(0, limit) });
}

export function ozonModule(state: OzonState): SimModule {
  return {
    prefix: "/ozon",
    marketplace: "ozon",
    errorBody: (status, message) => rpc(status, status === 429 ? 8 : status >= 500 ? 13 : 3, message),
    rejectBody: (message) => rpc(400, 3, message),
    handle(req: SimRequest, ctx: SimContext) {
      const { clientId, apiKey } = ctx.credentials.ozon;
      if (req.headers.get("client-id") !== clientId || req.headers.get("api-key") !== apiKey) {
        return rpc(403, 7, "Invalid Api-Key, please contact support");
      }
      if (req.method !== "POST") return rpc(404, 5, "Not Found");
      const body = (readJson(req) ?? {}) as Record<string, unknown>;
      switch (req.path) {
        case "/v3/chat/list":
          return chatList(state, body, ctx.random);
        case "/v3/chat/history":
          return history(state, body);
        case "/v1/chat/send/message": {
          const chat = state.chats.get(String(body.chat_id));
          if (!chat) return rpc(404, 5, "chat not found");
          const text = String(body.text ?? "");
          if (text.length < 1 || text.length > 1000)
            return rpc(400, 3, "text: value length must be between 1 and 1000 runes");
          if (chat.chat_status === "CLOSED") return rpc(400, 9, "chat is closed");
          chat.messages.push({
            message_id: newId(state),
            user: { id: clientId, type: "Seller" },
            created_at: ctx.now().toISOString(),
            data: [text],
            is_read: true,
            is_image: false,
          });
          recordSent(ctx, { marketplace: "ozon", kind: "message", chatId: chat.chat_id, text });
          return json(200, { result: "success" });
        }
        case "/v1/chat/send/file": {
          const chat = state.chats.get(String(body.chat_id));
          if (!chat) return rpc(404, 5, "chat not found");
          const bytes = Buffer.from(String(body.base64_content ?? ""), "base64");
          if (bytes.length === 0) return rpc(400, 3, "base64_content is empty");
          recordSent(ctx, {
            marketplace: "ozon",
            kind: "file",
            chatId: chat.chat_id,
            text: null,
            files: [{ name: String(body.name), type: "application/octet-stream", size: bytes.length }],
          });
          return json(200, { result: "success" });
        }
        case "/v1/chat/start": {
          const posting = String(body.posting_number ?? "");
          if (!state.postings.has(posting)) return rpc(404, 5, `posting ${posting} not found`);
          const chat = newChat(state, ctx);
          recordSent(ctx, {
            marketplace: "ozon",
            kind: "chat_started",
            chatId: chat.chat_id,
            text: null,
            extra: { posting },
          });
          return json(200, { result: { chat_id: chat.chat_id } });
        }
        case "/v2/chat/read": {
          const chat = state.chats.get(String(body.chat_id));
          if (!chat) return rpc(404, 5, "chat not found");
          const upTo = BigInt(String(body.from_message_id));
          for (const m of chat.messages) if (BigInt(m.message_id) <= upTo) m.is_read = true;
          return json(200, { unread_count: unread(chat).length });
        }
        default:
          return rpc(404, 5, `no route ${req.path}`);
      }
    },
  };
}
