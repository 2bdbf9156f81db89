import type { BuyerMessageInput, BuyerMessageResult, SimContext } from "@/lib/marketplaces/simulator/context";
import { shuffleSeeded } from "@/lib/marketplaces/simulator/random";
import { randomBuyerName, randomBuyerText, recordSent } from "@/lib/marketplaces/simulator/context";
import { json, readForm, type SimRequest, type SimResponse } from "@/lib/marketplaces/simulator/http-utils";
import { requestId, type SimModule } from "@/lib/marketplaces/simulator/module";
import { sellerShop, simWbSeller } from "@/lib/marketplaces/simulator/demo-credentials";

// Wildberries buyer chat API (buyer-chat-api.wildberries.ru) under /wb-chat.

type GoodCard = { date: string; nmID: number; price: number; priceCurrency: string; rid: string; size: string };
// clientID: deprecated in the spec but still sent; the demo's buyers carry one.
type WbSimChat = {
  chatID: string;
  replySign: string;
  clientID?: string;
  clientName: string;
  goodCard: GoodCard | null;
};
type WbSimFile = { state: "ready" | "pending" | "rejected"; bytes: Uint8Array; contentType: string; name: string };

export type WbChatState = {
  chats: Map<string, WbSimChat>;
  events: Array<Record<string, unknown> & { addTimestamp: number; chatID: string }>;
  files: Map<string, WbSimFile>;
  /** The real chat list may be empty while events exist; tests flip this on. */
  hideChatList: boolean;
  pageSize: number;
};

const MB = 1024 * 1024;
const ALLOWED = ["image/jpeg", "image/png", "application/pdf"];

export function createWbChatState(): WbChatState {
  return { chats: new Map(), events: [], files: new Map(), hideChatList: false, pageSize: 50 };
}

function problem(status: number, title: string, detail: string): SimResponse {
  return json(
    status,
    {
      status,
      title,
      origin: "proxy-chats",
      detail,
      requestId: requestId(),
      error: detail,
      statusText: title,
      timestamp: new Date().toISOString(),
    },
    { "content-type": "application/problem+json" },
  );
}

function nextTimestamp(state: WbChatState, ctx: SimContext): number {
  const last = state.events.at(-1)?.addTimestamp ?? 0;
  return Math.max(ctx.now().getTime(), last + 1);
}

export function injectWbBuyerMessage(
  state: WbChatState,
  ctx: SimContext,
  input: BuyerMessageInput,
): BuyerMessageResult {
  const existing = [...state.chats.values()];
  let chat = input.chatId
    ? state.chats.get(input.chatId)
    : input.reuseChat && existing.length > 0
      ? existing[Math.floor(ctx.random() * existing.length)]
      : undefined;
  const isNewChat = !chat;
  if (!chat) {
    const uuid = crypto.randomUUID();
    const chatID = input.chatId ?? `1:${uuid}`;
    chat = {
      chatID,
      replySign: `${chatID}:${Math.floor(Math.random() * 1e8)}:${crypto.randomUUID().replaceAll("-", "")}`,
      clientName: input.customerName ?? randomBuyerName(),
      goodCard: input.withoutGoodCard
        ? null
        : {
            date: ctx.now().toISOString(),
            nmID: 10_000_000 + Math.floor(Math.random() * 1e7),
            price: 500,
            priceCurrency: "RUB",
            rid: crypto.randomUUID().replaceAll("-", ""),
            size: "0",
          },
    };
    state.chats.set(chatID, chat);
  }
  const addTimestamp = nextTimestamp(state, ctx);
  const attachments: Record<string, unknown> = {};
  if (isNewChat && chat.goodCard) attachments.goodCard = chat.goodCard;
  if (input.withFile) {
    const downloadID = crypto.randomUUID();
    state.files.set(downloadID, {
      state: "ready",
      bytes: new TextEncoder().encode("%PDF-1.4 sim"),
      contentType: "application/pdf",
      name: "Чек.pdf",
    });
    attachments.files = [
      {
        contentType: "application/pdf",
        date: new Date(addTimestamp).toISOString(),
        downloadID,
        name: "Чек.pdf",
        url: `https://chat-basket-01.wbbasket.ru/sim/${downloadID}.pdf`,
        size: 12,
      },
    ];
  }
  const eventID = crypto.randomUUID();
  state.events.push({
    chatID: chat.chatID,
    eventID,
    eventType: "message",
    ...(isNewChat ? { isNewChat: true, replySign: chat.replySign } : {}),
    message: { ...(Object.keys(attachments).length ? { attachments } : {}), text: input.text ?? randomBuyerText() },
    source: "rusite",
    addTimestamp,
    addTime: new Date(addTimestamp).toISOString().replace(/\.\d+Z$/, "Z"),
    sender: "client",
    ...(chat.clientID ? { clientID: chat.clientID } : {}),
    clientName: chat.clientName,
  });
  return { chatId: chat.chatID, messageId: eventID };
}

/**
 * A spec-valid event our connector cannot use (the spec requires no field; this one has no eventID): the
 * next poll keeps it aside and goes on. Returns its chat id.
 */
export function injectWbOddEvent(state: WbChatState, ctx: SimContext): { chatId: string } {
  const chatID = [...state.chats.keys()].at(-1) ?? `1:${crypto.randomUUID()}`;
  state.events.push({
    chatID,
    eventType: "message",
    message: { text: randomBuyerText() },
    addTimestamp: nextTimestamp(state, ctx),
    sender: "client",
  });
  return { chatId: chatID };
}

function listEvents(state: WbChatState, req: SimRequest): SimResponse {
  const raw = req.query.get("next");
  if (raw !== null && (!/^\d+$/.test(raw) || Number(raw) === 0))
    return problem(400, "Bad Request", 'Invalid value for "next"');
  const next = raw === null ? null : Number(raw);
  const page = state.events.filter((e) => next === null || e.addTimestamp > next).slice(0, state.pageSize);
  const last = page.at(-1);
  const first = page[0];
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, "Z");
  return json(200, {
    result: {
      next: last ? last.addTimestamp : (next ?? Date.now()),
      newestEventTime: last ? iso(last.addTimestamp) : null,
      oldestEventTime: first ? iso(first.addTimestamp) : null,
      totalEvents: page.length,
      events: page,
    },
    errors: null,
  });
}

async function sendMessage(state: WbChatState, req: SimRequest, ctx: SimContext): Promise<SimResponse> {
  let form: FormData;
  try {
    form = await readForm(req);
  } catch {
    return problem(400, "Bad Request", "multipart/form-data expected");
  }
  const replySign = form.get("replySign");
  const chat = [...state.chats.values()].find((c) => c.replySign === replySign);
  if (typeof replySign !== "string" || !chat) return problem(400, "Bad Request", "Invalid signature");
  const text = form.get("message");
  if (text !== null && (typeof text !== "string" || text.length > 1000))
    return problem(400, "Bad Request", 'Invalid value for "message"');
  const files = form.getAll("file").filter((f): f is File => typeof f !== "string");
  for (const file of files) {
    const id = requestId().slice(0, 11).toUpperCase();
    if (file.size > 5 * MB) return problem(400, "Bad Request", `${id}: attachment too big. Max size: 5MiB`);
    if (!ALLOWED.includes(file.type))
      return problem(400, "Bad Request", `${id}: "${file.name}" has unsupported mime type`);
  }
  const addTimestamp = nextTimestamp(state, ctx);
  const sentFiles = files.map((f) => ({ name: f.name, type: f.type, size: f.size }));
  state.events.push({
    chatID: chat.chatID,
    eventID: crypto.randomUUID(),
    eventType: "message",
    message: { text: typeof text === "string" ? text : "" },
    source: "seller-public-api",
    addTimestamp,
    addTime: new Date(addTimestamp).toISOString(),
    sender: "seller",
  });
  recordSent(ctx, {
    marketplace: "wildberries",
    kind: "message",
    chatId: chat.chatID,
    text: typeof text === "string" ? text : null,
    files: sentFiles,
  });
  return json(200, { result: { addTime: addTimestamp, chatID: chat.chatID }, errors: [] });
}

function download(state: WbChatState, id: string): SimResponse {
  const file = state.files.get(id);
  if (!file) return problem(400, "invalid fileID", "invalid fileID");
  if (file.state === "pending") return json(202, { moderationState: "pending", retrySeconds: 30 });
  if (file.state === "rejected") return problem(451, "Unavailable for Legal Reasons", "moderation error");
  return { status: 200, headers: { "content-type": file.contentType }, body: file.bytes };
}

export function wbChatModule(own: WbChatState): SimModule {
  const others = new Map<string, WbChatState>();
  return {
    prefix: "/wb-chat",
    marketplace: "wildberries",
    errorBody: (status, message) =>
      problem(status, status === 401 ? "unauthorized" : status === 429 ? "too many requests" : "error", message),
    rejectBody: (message) => problem(400, "Bad Request", message),
    async handle(req, ctx) {
      const seller = simWbSeller({ credentials: ctx.credentials, authorization: req.headers.get("authorization") });
      if (!seller) {
        return problem(401, "unauthorized", "token problem; token is malformed: could not base64 decode signature");
      }
      const state = sellerShop({ seller, own, others, create: createWbChatState });
      if (req.method === "GET" && req.path === "/ping") return json(200, { TS: ctx.now().toISOString(), Status: "OK" });
      if (req.method === "GET" && req.path === "/api/v1/seller/events") return listEvents(state, req);
      if (req.method === "GET" && req.path === "/api/v1/seller/chats") {
        const chats = state.hideChatList ? [] : shuffleSeeded([...state.chats.values()], ctx.random); // no order in the spec
        const result = chats.map((c) => {
          const last = [...state.events].reverse().find((e) => e.chatID === c.chatID);
          const text = (last?.message as { text?: string } | undefined)?.text ?? "";
          // Spec: every field optional, GoodCard not nullable - a chat without a card has none.
          const { goodCard, ...rest } = c;
          return {
            ...rest,
            ...(goodCard ? { goodCard } : {}),
            lastMessage: last ? { text, addTimestamp: last.addTimestamp } : undefined,
          };
        });
        return json(200, { result, errors: null });
      }
      if (req.method === "POST" && req.path === "/api/v1/seller/message") return sendMessage(state, req, ctx);
      const dl = req.path.match(/^\/api\/v1\/seller\/download\/([^/]+)$/);
      if (req.method === "GET" && dl) return download(state, decodeURIComponent(dl[1]!));
      return problem(404, "Not Found", `no route ${req.method} ${req.path}`);
    },
  };
}
