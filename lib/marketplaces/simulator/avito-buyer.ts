import type { BuyerMessageInput, BuyerMessageResult, SimContext } from "@/lib/marketplaces/simulator/context";
import { randomBuyerName, randomBuyerText } from "@/lib/marketplaces/simulator/context";
import { token, type AvitoSimChat, type AvitoSimMessage, type AvitoState } from "@/lib/marketplaces/simulator/avito";

// The buyer's side of the Avito stand-in: a message written into a chat (a new one unless named or reused)
// and pushed to the seller's webhook as Messenger v3 does.

export function injectAvitoBuyerMessage(
  state: AvitoState,
  ctx: SimContext,
  input: BuyerMessageInput,
): BuyerMessageResult {
  const userId = Number(ctx.credentials.avito.userId);
  const nowS = Math.floor(ctx.now().getTime() / 1000);
  const existing = [...state.chats.values()];
  let chat =
    (input.chatId && state.chats.get(input.chatId)) ||
    (!input.chatId && input.reuseChat && existing.length
      ? existing[Math.floor(ctx.random() * existing.length)]!
      : null) ||
    null;
  if (!chat) {
    const itemId = 1_768_287_444 + state.chats.size;
    chat = {
      id: input.chatId ?? `u2i-${token().slice(0, 22)}`,
      created: nowS,
      updated: nowS,
      read: false,
      messages: [],
      buyer: { id: 90_000_000 + state.chats.size, name: input.customerName ?? randomBuyerName() },
      context: {
        type: "item",
        value: {
          id: itemId,
          title: "Диван угловой",
          url: `https://avito.ru/moskva/mebel/divan_${itemId}`,
          price_string: "25 000 ₽",
          user_id: userId,
        },
      },
    };
    state.chats.set(chat.id, chat);
  }
  const message: AvitoSimMessage = {
    id: token(),
    author_id: chat.buyer.id,
    created: nowS,
    direction: "in",
    is_read: false,
    ...(input.avitoType
      ? avitoNonTextMessage(input.avitoType, chat, userId)
      : input.withFile
        ? {
            type: "image",
            content: {
              image: {
                sizes: {
                  "140x105": "https://img.k.avito.ru/chat/140x105/sim.jpg",
                  "1280x960": "https://img.k.avito.ru/chat/1280x960/sim.jpg",
                },
              },
            },
          }
        : { type: "text", content: { text: input.text ?? randomBuyerText() } }),
  };
  chat.messages.push(message);
  chat.updated = nowS;
  chat.read = false;
  ctx.pushWebhook("avito", {
    id: token(),
    version: "v3.0.0",
    timestamp: nowS,
    payload: {
      type: "message",
      value: {
        id: message.id,
        chat_id: chat.id,
        user_id: userId,
        author_id: chat.buyer.id,
        created: nowS,
        type: message.type,
        chat_type: "u2i",
        content: message.content,
        item_id: chat.context.value.id,
        published_at: ctx.now().toISOString(),
      },
    },
  });
  return { chatId: chat.id, messageId: message.id };
}

/** A documented non-text buyer message; every content field is optional in the spec, so some are left out. */
function avitoNonTextMessage(
  type: NonNullable<BuyerMessageInput["avitoType"]>,
  chat: AvitoSimChat,
  userId: number,
): Pick<AvitoSimMessage, "type" | "content"> {
  const item = chat.context.value;
  switch (type) {
    case "link":
      return { type, content: { link: { url: `https://avito.ru/moskva/mebel/divan_${item.id}` } } };
    case "item":
      return { type, content: { item: { title: item.title, item_url: item.url } } };
    case "location":
      return { type, content: { location: { lat: 55.7558, lon: 37.6173, title: "Москва, Тверская улица, 1" } } };
    case "call":
      return { type, content: { call: { status: "missed", target_user_id: userId } } };
    case "voice":
      return { type, content: { voice: { voice_id: token() } } };
  }
}
