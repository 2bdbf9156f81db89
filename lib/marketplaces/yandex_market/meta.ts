import type { MarketplaceMeta } from "@/lib/marketplaces/schemas";

export const YANDEX_MARKET_META: MarketplaceMeta = {
  marketplace: "yandex_market",
  title: "Яндекс Маркет",
  capabilities: {
    inboundChats: true,
    webhooks: true, // notification API: chats, reviews and their comments, disputes, questions (see webhook.ts)
    sellerCanStartChat: true, // /chats/new with an ORDER or RETURN context
    proactive: "order_context", // the seller may write about an ORDER or RETURN, never into a DIRECT chat
    orderContext: true,
    chatHistory: true,
    reviews: true, // goods-feedback
    questions: false, // announced by push only: the question methods are not in the spec we follow
    maxTextLength: 4096,
    // /chats/file/send: one file per call, max 5 MB; the spec names no type list.
    attachments: {
      mimeTypes: ["image/jpeg", "image/png", "application/pdf"],
      maxFileBytes: 5 * 1024 * 1024,
      maxFilesPerMessage: 5,
      maxTotalBytes: null,
    },
    canEditSentReply: false,
    canEditReviewAnswer: true, // comments/update with comment.id
    markRead: false,
  },
  help: {
    ru: {
      summary: "Нужны API-ключ Яндекс Маркета с доступом «Общение с покупателями» и ID кабинета (businessId).",
      steps: [
        "Откройте partner.market.yandex.ru → «Настройки» → «API и модули» → «Авторизационные токены».",
        "Создайте токен (API-ключ) с доступом «Общение с покупателями» (communication) или «Все методы».",
        "ID кабинета (businessId) — число в адресе кабинета после /business/ или в «Настройки» → «Кабинет».",
        "Для мгновенных уведомлений укажите наш адрес в разделе «API-уведомления».",
      ],
      fields: {
        apiKey: "API-ключ (заголовок Api-Key). Показывается один раз при создании.",
        businessId: "Идентификатор кабинета, например 1001. Не путайте с ID магазина (campaignId).",
      },
    },
    en: {
      summary:
        "A Yandex Market API key with «Общение с покупателями» access and the cabinet ID (businessId) are needed.",
      steps: [
        "Open partner.market.yandex.ru → «Настройки» → «API и модули» → «Авторизационные токены».",
        "Create a token (API key) with «Общение с покупателями» (communication) or «Все методы» access.",
        "The cabinet ID (businessId) is the number after /business/ in the cabinet's address, or under «Настройки» → «Кабинет».",
        "For instant notifications, enter our address under «API-уведомления».",
      ],
      fields: {
        apiKey: "The API key (the Api-Key header). Shown once, when it is created.",
        businessId: "The cabinet identifier, such as 1001. Not the shop ID (campaignId).",
      },
    },
  },
};
