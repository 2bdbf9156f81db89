import type { MarketplaceMeta } from "@/lib/marketplaces/schemas";

const MB = 1024 * 1024;

export const OZON_META: MarketplaceMeta = {
  marketplace: "ozon",
  title: "Ozon",
  capabilities: {
    inboundChats: true,
    webhooks: true, // push notifications: TYPE_NEW_MESSAGE, TYPE_CHAT_CLOSED ...
    sellerCanStartChat: true, // /v1/chat/start by posting number
    proactive: "buyer_opened", // follow-ups only where the buyer wrote (send windows: 48 h FBO, 72 h after delivery FBS)
    orderContext: true, // message context: order_number, sku
    chatHistory: true,
    reviews: false,
    questions: false,
    maxTextLength: 1000,
    // /v1/chat/send/file takes one base64 file per call; the captured spec names no type/size limits,
    // so we allow the common safe set and a conservative size.
    attachments: {
      mimeTypes: ["image/jpeg", "image/png", "application/pdf"],
      maxFileBytes: 10 * MB,
      maxFilesPerMessage: 5,
      maxTotalBytes: null,
    },
    canEditSentReply: false,
    canEditReviewAnswer: false,
    markRead: true,
  },
  help: {
    ru: {
      summary:
        "Нужны Client-Id и API-ключ из кабинета продавца Ozon. Для отправки сообщений нужна подписка Premium Plus или Premium Pro.",
      steps: [
        "Откройте seller.ozon.ru → «Настройки» → «Seller API».",
        "Скопируйте Client-Id (число вверху страницы).",
        "Нажмите «Сгенерировать ключ», выберите роль с доступом к чатам (например, «Admin» или «Чаты»), скопируйте ключ.",
        "Для мгновенных уведомлений укажите наш адрес в «Настройки» → «Push-уведомления».",
      ],
      fields: {
        clientId: "Client-Id — числовой идентификатор магазина со страницы «Seller API».",
        apiKey: "API-ключ со страницы «Seller API». Ozon показывает его один раз.",
      },
    },
    en: {
      summary:
        "The Client-Id and an API key from the Ozon seller account are needed. Sending messages needs a Premium Plus or Premium Pro subscription.",
      steps: [
        "Open seller.ozon.ru → «Настройки» → «Seller API».",
        "Copy the Client-Id (the number at the top of the page).",
        "Press «Сгенерировать ключ», choose a role with access to chats (such as «Admin» or «Чаты») and copy the key.",
        "For instant notifications, enter our address under «Настройки» → «Push-уведомления».",
      ],
      fields: {
        clientId: "Client-Id: the shop's numeric identifier from the «Seller API» page.",
        apiKey: "The API key from the «Seller API» page. Ozon shows it once.",
      },
    },
  },
};
