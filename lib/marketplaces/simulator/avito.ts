import type { SimContext } from "@/lib/marketplaces/simulator/context";
import { recordSent } from "@/lib/marketplaces/simulator/context";
import { json, readForm, readJson, type SimRequest, type SimResponse } from "@/lib/marketplaces/simulator/http-utils";
import type { SimModule } from "@/lib/marketplaces/simulator/module";

// Avito OAuth (/token) + Messenger API under /avito. Authorization code for the demo: "sim-avito-code".

export type AvitoSimMessage = {
  id: string;
  author_id: number;
  created: number;
  direction?: string;
  type: string;
  content: Record<string, unknown>;
  is_read: boolean;
};
export type AvitoSimChat = {
  id: string;
  created: number;
  updated: number;
  buyer: { id: number; name: string };
  context: { type: "item"; value: { id: number; title: string; url: string; price_string: string; user_id: number } };
  messages: AvitoSimMessage[];
  read: boolean;
};

export type AvitoState = {
  codes: Set<string>;
  refreshTokens: Set<string>;
  accessTokens: Map<string, number>;
  tokenTtlSeconds: number;
  chats: Map<string, AvitoSimChat>;
  /** false: messages list is a bare array (swagger); true: {messages: [...]} (what live clients report). */
  wrapMessages: boolean;
  tokenRequests: number;
};

export function createAvitoState(): AvitoState {
  return {
    codes: new Set(["sim-avito-code"]),
    refreshTokens: new Set(),
    accessTokens: new Map(),
    tokenTtlSeconds: 86_400,
    chats: new Map(),
    wrapMessages: false,
    tokenRequests: 0,
  };
}

const err = (status: number, message: string): SimResponse => json(status, { error: { code: status, message } });
export const token = () => crypto.randomUUID().replaceAll("-", "");

function issue(state: AvitoState, ctx: SimContext, withRefresh: boolean): SimResponse {
  const access = token();
  state.accessTokens.set(access, ctx.now().getTime() + state.tokenTtlSeconds * 1000);
  const body: Record<string, unknown> = {
    access_token: access,
    expires_in: state.tokenTtlSeconds,
    token_type: "Bearer",
  };
  if (withRefresh) {
    const refresh = token();
    state.refreshTokens.add(refresh);
    Object.assign(body, { refresh_token: refresh, scope: "messenger:read,messenger:write" });
  }
  return json(200, body);
}

async function tokenEndpoint(state: AvitoState, req: SimRequest, ctx: SimContext): Promise<SimResponse> {
  state.tokenRequests += 1;
  const form = await readForm(req);
  const f = (k: string) => String(form.get(k) ?? "");
  const { clientId, clientSecret } = ctx.credentials.avito;
  if (f("client_id") !== clientId || f("client_secret") !== clientSecret) {
    return json(400, { error: "invalid_client", error_description: "Client authentication failed" });
  }
  switch (f("grant_type")) {
    case "client_credentials":
      return issue(state, ctx, false);
    case "authorization_code":
      if (!state.codes.delete(f("code")))
        return json(400, { error: "invalid_grant", error_description: "code is invalid or used" });
      return issue(state, ctx, true);
    case "refresh_token":
      if (!state.refreshTokens.delete(f("refresh_token")))
        return json(400, { error: "invalid_grant", error_description: "refresh token is invalid" });
      return issue(state, ctx, true); // rotates
    default:
      return json(400, { error: "unsupported_grant_type", error_description: f("grant_type") });
  }
}

function chatDto(chat: AvitoSimChat, userId: number) {
  const last = chat.messages.at(-1);
  return {
    id: chat.id,
    created: chat.created,
    updated: chat.updated,
    context: chat.context,
    last_message: last ? { ...last, direction: last.author_id === userId ? "out" : "in" } : undefined,
    users: [{ id: userId, name: "Магазин" }, chat.buyer],
  };
}

async function messenger(state: AvitoState, req: SimRequest, ctx: SimContext): Promise<SimResponse> {
  const userId = Number(ctx.credentials.avito.userId);
  const m = req.path.match(/^\/messenger\/v(\d)\/accounts\/(\d+)(\/.*)$/);
  if (!m) return err(404, "Not found");
  if (Number(m[2]) !== userId) return err(403, "Forbidden");
  const [version, rest] = [m[1], m[3]!];
  const q = req.query;
  const limit = Number(q.get("limit") ?? 100);
  const offset = Number(q.get("offset") ?? 0);
  if (limit < 1 || limit > 100 || offset < 0 || offset > 1000) return err(400, "Validation error");
  if (req.method === "GET" && version === "2" && rest === "/chats") {
    // The spec promises no order: chats come by id, not newest first, so clients must not rely on one.
    const all = [...state.chats.values()]
      .filter((c) => q.get("unread_only") !== "true" || !c.read)
      .sort((x, y) => x.id.localeCompare(y.id));
    return json(200, { chats: all.slice(offset, offset + limit).map((c) => chatDto(c, userId)) });
  }
  const chatMatch = rest.match(/^\/chats\/([^/]+)(\/.*)?$/);
  const chat = chatMatch ? state.chats.get(decodeURIComponent(chatMatch[1]!)) : undefined;
  const tail = chatMatch?.[2] ?? "";
  if (req.method === "POST" && version === "1" && rest === "/uploadImages") {
    const file = (await readForm(req)).get("uploadfile[]");
    if (!file || typeof file === "string") return err(400, "uploadfile[] is required");
    const id = `${Date.now()}.${token().slice(0, 16)}`;
    return json(200, {
      [id]: {
        "1280x960": `https://img.k.avito.ru/chat/1280x960/${id}.jpg`,
        "140x105": `https://img.k.avito.ru/chat/140x105/${id}.jpg`,
      },
    });
  }
  if (!chat) return err(404, "Not found");
  if (req.method === "GET" && version === "2" && tail === "") return json(200, chatDto(chat, userId));
  if (req.method === "GET" && version === "3" && tail === "/messages/") {
    const list = [...chat.messages]
      .reverse()
      .slice(offset, offset + limit)
      .map((x) => ({ ...x, direction: x.author_id === userId ? "out" : "in" }));
    return json(200, state.wrapMessages ? { messages: list } : list);
  }
  if (req.method === "POST" && version === "1" && (tail === "/messages" || tail === "/messages/image")) {
    const body = readJson(req) as { message?: { text?: string }; type?: string; image_id?: string } | null;
    const isImage = tail === "/messages/image";
    const text = body?.message?.text ?? "";
    if (!isImage && (body?.type !== "text" || text.length < 1 || text.length > 1000))
      return json(400, { error: { code: 400, message: "Validation error", fields: { "message.text": "1..1000" } } });
    const created = Math.floor(ctx.now().getTime() / 1000);
    const message: AvitoSimMessage = {
      id: token(),
      author_id: userId,
      created,
      type: isImage ? "image" : "text",
      content: isImage ? { image: { sizes: {} } } : { text },
      is_read: true,
    };
    chat.messages.push(message);
    chat.updated = created;
    recordSent(ctx, {
      marketplace: "avito",
      kind: isImage ? "file" : "message",
      chatId: chat.id,
      text: isImage ? null : text,
      extra: isImage ? { imageId: body?.image_id } : undefined,
    });
    return json(200, { id: message.id, created, direction: "out", type: message.type, content: message.content });
  }
  if (req.method === "POST" && version === "1" && tail === "/read") {
    chat.read = true;
    return json(200, { ok: true });
  }
  return err(404, "Not found");
}

export function avitoModule(state: AvitoState): SimModule {
  return {
    prefix: "/avito",
    marketplace: "avito",
    errorBody: (status, message) => err(status, message),
    rejectBody: (message) => json(400, { error: { code: 400, message } }),
    async handle(req, ctx) {
      if (req.method === "POST" && req.path === "/token") return tokenEndpoint(state, req, ctx);
      const bearer = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
      const expires = state.accessTokens.get(bearer);
      if (!expires || expires < ctx.now().getTime()) return err(401, "Unauthorized");
      if (req.method === "GET" && req.path === "/core/v1/accounts/self") {
        return json(200, {
          id: Number(ctx.credentials.avito.userId),
          name: "ИП Смирнов (симулятор)",
          email: "seller@example.ru",
          profile_url: "https://avito.ru/user/sim",
        });
      }
      if (req.method === "POST" && req.path === "/messenger/v3/webhook") {
        const url = (readJson(req) as { url?: string } | null)?.url;
        if (!url) return err(400, "url is required");
        const list = (ctx.webhookTargets.avito ??= []);
        if (!list.includes(url)) list.push(url);
        return json(200, { ok: true });
      }
      return messenger(state, req, ctx);
    },
  };
}
