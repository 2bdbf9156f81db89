import { AMAZON_MESSAGE_TYPES } from "@/lib/marketplaces/simulator/amazon";
import type { SimCredentials } from "@/lib/marketplaces/simulator/demo-credentials";
import type { SimState } from "@/lib/marketplaces/simulator/state";
import type { DemoChat, DemoMessage, DemoWorld } from "@/lib/marketplaces/simulator/demo-world-types";

// The demo workspace's conversations on the marketplace side (`startSimulator({ demo })`, `npm run dev`, the
// e2e server): the same chats, reviews and questions with the same ids as the database seed, so each can be
// answered and the answer shows in the simulator. Syncing them back in adds nothing.

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);
const wbTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, "Z");
const PRODUCT = { supplierArticle: "MD-01", supplierName: "ООО «Модный дом»", brandName: "Модный дом", size: "0" };

export function loadDemoWorld(state: SimState, world: DemoWorld, credentials: SimCredentials): void {
  // Instead of the simulator's own sample reviews and questions (tests use those), the demo's.
  state.wbFeedbacks.feedbacks.length = 0;
  state.wbFeedbacks.questions.length = 0;
  state.ym.feedbacks.length = 0;
  for (const chat of world.chats) {
    if (chat.kind === "CHAT") loadChat(state, chat, credentials);
    else if (chat.marketplace === "wildberries") loadWbAnswerable(state, chat);
    else if (chat.marketplace === "yandex_market")
      loadYmReview(state, {
        feedbackId: chat.externalId,
        orderId: chat.orderId,
        offerId: chat.productId,
        name: chat.customerName,
        rating: chat.rating ?? 5,
        text: chat.messages[0]!.text,
        createdAt: chat.createdAt,
        answered: chat.messages.length > 1,
      });
  }
  for (const c of world.negativeReviews.wb) {
    const card = {
      date: c.reviewCreatedAt.toISOString(),
      nmID: Number(c.nmId),
      price: 2490,
      priceCurrency: "RUB",
      rid: c.orderId,
      size: "44",
    };
    state.wbChat.chats.set(c.chatId, { chatID: c.chatId, replySign: c.replySign, clientName: c.name, goodCard: card });
    c.messages.forEach((m, k) =>
      pushWbEvent(state, {
        chatId: c.chatId,
        replySign: k === 0 ? c.replySign : null,
        clientName: c.name,
        card: k === 0 ? card : null,
        message: m,
      }),
    );
    state.wbFeedbacks.feedbacks.push({
      id: c.feedbackId,
      text: c.text,
      pros: "",
      cons: "",
      productValuation: c.finalRating ?? c.rating,
      createdDate: c.reviewCreatedAt.toISOString(),
      answer: c.answer ? { text: c.answer.text, state: "wbRu", editable: true } : null,
      state: c.status === "PUBLISHED" ? "wbRu" : "none",
      productDetails: { ...PRODUCT, imtId: Number(c.nmId) + 1, nmId: Number(c.nmId), productName: c.product },
      photoLinks: [],
      userName: c.name,
      wasViewed: true,
      parentFeedbackId: null,
      childFeedbackId: null,
    });
  }
  const ym = world.negativeReviews.ym;
  loadYmReview(state, { ...ym, answered: false });
  // The events feed is read in time order.
  state.wbChat.events.sort((a, b) => a.addTimestamp - b.addTimestamp);
}

function loadChat(state: SimState, chat: DemoChat, credentials: SimCredentials): void {
  switch (chat.marketplace) {
    case "wildberries": {
      const card = chat.productId
        ? {
            date: chat.createdAt.toISOString(),
            nmID: Number(chat.productId),
            price: 2490,
            priceCurrency: "RUB",
            rid: chat.orderId ?? "",
            size: "0",
          }
        : null;
      const clientID = chat.buyerId ?? undefined;
      state.wbChat.chats.set(chat.externalId, {
        chatID: chat.externalId,
        replySign: chat.replyToken!,
        clientID,
        clientName: chat.customerName,
        goodCard: card,
      });
      chat.messages.forEach((m, k) =>
        pushWbEvent(state, {
          chatId: chat.externalId,
          replySign: k === 0 ? chat.replyToken : null,
          clientID,
          clientName: chat.customerName,
          card: k === 0 ? card : null,
          message: m,
        }),
      );
      return;
    }
    case "ozon":
      state.ozon.chats.set(chat.externalId, {
        chat_id: chat.externalId,
        chat_type: "Buyer_Seller",
        chat_status: "OPENED",
        created_at: chat.createdAt.toISOString(),
        messages: chat.messages.map((m, k) => ({
          message_id: m.externalId,
          user:
            m.author === "BUYER"
              ? { id: "115568", type: "Customer" }
              : { id: credentials.ozon.clientId, type: "Seller" },
          created_at: m.createdAt.toISOString(),
          data: [m.text],
          ...(k === 0 && chat.orderId ? { context: { order_number: chat.orderId, sku: chat.productId ?? "" } } : {}),
          is_read: m.author !== "BUYER" || m.readAt !== null,
          is_image: false,
        })),
      });
      return;
    case "yandex_market":
      state.ym.chats.set(Number(chat.externalId), {
        chatId: Number(chat.externalId),
        type: "CHAT",
        status: chat.marketplaceStatus ?? "WAITING_FOR_CUSTOMER",
        createdAt: chat.createdAt.toISOString(),
        updatedAt: chat.lastMessageAt.toISOString(),
        context: {
          type: "ORDER",
          orderId: Number(chat.orderId),
          customer: { name: chat.customerName, publicId: chat.buyerId ?? `pub-${chat.externalId}` },
          campaignId: 21_000_001,
        },
        messages: chat.messages.map((m) => ({
          messageId: Number(m.externalId),
          createdAt: m.createdAt.toISOString(),
          sender: m.author === "BUYER" ? "CUSTOMER" : "PARTNER",
          message: m.text,
        })),
      });
      return;
    case "avito": {
      const userId = Number(credentials.avito.userId);
      const buyerId = Number(chat.buyerId ?? 90_000_000 + Number(chat.itemId!.slice(-6)));
      state.avito.chats.set(chat.externalId, {
        id: chat.externalId,
        created: seconds(chat.createdAt),
        updated: seconds(chat.lastMessageAt),
        read: chat.unreadCount === 0,
        buyer: { id: buyerId, name: chat.customerName },
        context: {
          type: "item",
          value: {
            id: Number(chat.itemId),
            title: chat.productTitle,
            url: `https://www.avito.ru/moskva/odezhda/${chat.itemId}`,
            price_string: "2 490 ₽",
            user_id: userId,
          },
        },
        messages: chat.messages.map((m) => ({
          id: m.externalId,
          author_id: m.author === "BUYER" ? buyerId : userId,
          created: seconds(m.createdAt),
          type: "text",
          content: { text: m.text },
          is_read: m.author !== "BUYER" || m.readAt !== null,
        })),
      });
      return;
    }
    case "amazon":
      state.amazon.orders.set(chat.externalId, [...AMAZON_MESSAGE_TYPES]);
      if (chat.buyerLocale) state.amazon.locales.set(chat.externalId, chat.buyerLocale);
  }
}

type WbEventInput = {
  chatId: string;
  replySign: string | null;
  clientID?: string;
  clientName: string;
  card: object | null;
  message: Pick<DemoMessage, "externalId" | "author" | "text" | "createdAt">;
};

function pushWbEvent(state: SimState, { chatId, replySign, clientID, clientName, card, message }: WbEventInput) {
  const at = message.createdAt.getTime();
  state.wbChat.events.push({
    chatID: chatId,
    eventID: message.externalId,
    eventType: "message",
    ...(replySign ? { isNewChat: true, replySign } : {}),
    message: { ...(card ? { attachments: { goodCard: card } } : {}), text: message.text },
    source: message.author === "SELLER" ? "seller-public-api" : message.author === "MARKETPLACE" ? "global" : "rusite",
    addTimestamp: at,
    addTime: wbTime(at),
    sender: message.author === "BUYER" ? "client" : message.author === "SELLER" ? "seller" : "wb",
    ...(clientID && message.author === "BUYER" ? { clientID } : {}),
    clientName,
  });
}

function loadWbAnswerable(state: SimState, chat: DemoChat): void {
  const productDetails = {
    ...PRODUCT,
    imtId: Number(chat.productId) + 1,
    nmId: Number(chat.productId),
    productName: chat.productTitle,
  };
  const answer = chat.messages[1];
  const createdDate = chat.createdAt.toISOString();
  if (chat.kind === "QUESTION") {
    state.wbFeedbacks.questions.push({
      id: chat.externalId,
      text: chat.messages[0]!.text,
      createdDate,
      state: answer ? "wbRu" : "suppliersPortalSynch",
      answer: answer ? { text: answer.text, editable: true, createDate: answer.createdAt.toISOString() } : null,
      productDetails,
      wasViewed: true,
      isWarned: false,
    });
    return;
  }
  state.wbFeedbacks.feedbacks.push({
    id: chat.externalId,
    text: chat.messages[0]!.text,
    pros: "",
    cons: "",
    productValuation: chat.rating ?? 5,
    createdDate,
    answer: answer ? { text: answer.text, state: "wbRu", editable: true } : null,
    state: "wbRu",
    productDetails,
    photoLinks: [],
    userName: chat.customerName,
    wasViewed: true,
  });
}

function loadYmReview(
  state: SimState,
  r: {
    feedbackId: string;
    orderId: string | null;
    offerId: string | null;
    name: string;
    rating: number;
    text: string;
    createdAt: Date;
    answered: boolean;
  },
): void {
  state.ym.feedbacks.push({
    feedbackId: Number(r.feedbackId),
    createdAt: r.createdAt.toISOString(),
    needReaction: !r.answered,
    identifiers: { orderId: Number(r.orderId), offerId: r.offerId ?? "" },
    author: r.name,
    description: { comment: r.text },
    statistics: { rating: r.rating, commentsCount: 0, recommended: r.rating > 3 },
    comments: [],
  });
}
