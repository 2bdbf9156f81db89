import type { MarketplaceMeta } from "@/lib/marketplaces/schemas";

const MB = 1024 * 1024;

export const WILDBERRIES_META: MarketplaceMeta = {
  marketplace: "wildberries",
  title: "Wildberries",
  capabilities: {
    inboundChats: true,
    webhooks: false, // polling only: GET /api/v1/seller/events
    sellerCanStartChat: false,
    proactive: "buyer_opened",
    orderContext: true, // goodCard: nmID + rid (order row)
    chatHistory: false, // no per-chat history endpoint; everything comes from the events feed
    reviews: true,
    questions: true,
    maxTextLength: 1000,
    attachments: {
      mimeTypes: ["image/jpeg", "image/png", "application/pdf"],
      maxFileBytes: 5 * MB,
      maxFilesPerMessage: 30,
      maxTotalBytes: 30 * MB,
    },
    canEditSentReply: false,
    canEditReviewAnswer: true, // once, within 60 days
    markRead: false,
  },
  help: {
    ru: {
      summary: "Нужен API-токен продавца Wildberries с категориями «Чат с покупателями» и «Вопросы и отзывы».",
      steps: [
        "Откройте личный кабинет продавца: seller.wildberries.ru.",
        "Перейдите в «Настройки» → «Доступ к API» (seller.wildberries.ru/supplier-settings/access-to-api).",
        "Нажмите «Создать новый токен», отметьте категории «Чат с покупателями» и «Вопросы и отзывы».",
        "Скопируйте токен сразу: Wildberries показывает его только один раз.",
      ],
      fields: {
        token:
          "API-токен из раздела «Доступ к API». Без категории «Чат с покупателями» чаты не загрузятся (ошибка 401).",
      },
    },
    en: {
      summary:
        "A Wildberries seller API token with the «Чат с покупателями» and «Вопросы и отзывы» categories is needed.",
      steps: [
        "Open the seller account: seller.wildberries.ru.",
        "Go to «Настройки» → «Доступ к API» (seller.wildberries.ru/supplier-settings/access-to-api).",
        "Press «Создать новый токен» and tick the «Чат с покупателями» and «Вопросы и отзывы» categories.",
        "Copy the token at once: Wildberries shows it only once.",
      ],
      fields: {
        token:
          "The API token from «Доступ к API». Without the «Чат с покупателями» category chats do not load (error 401).",
      },
    },
  },
};
