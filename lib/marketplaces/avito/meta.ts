import type { MarketplaceMeta } from "@/lib/marketplaces/schemas";

export const AVITO_META: MarketplaceMeta = {
  marketplace: "avito",
  title: "Авито",
  capabilities: {
    inboundChats: true,
    webhooks: true, // messenger webhook v3 (subscribeWebhook)
    sellerCanStartChat: false,
    proactive: "buyer_opened",
    orderContext: false, // chats carry the listing (item), not an order
    chatHistory: true,
    reviews: false,
    questions: false,
    maxTextLength: 1000,
    // uploadImages: one image per request, JPEG/HEIC/GIF/BMP/PNG, up to 24 MB; then messages/image.
    attachments: {
      mimeTypes: ["image/jpeg", "image/png", "image/gif", "image/bmp", "image/heic"],
      maxFileBytes: 24 * 1024 * 1024,
      maxFilesPerMessage: 5,
      maxTotalBytes: null,
    },
    canEditSentReply: false,
    canEditReviewAnswer: false,
    markRead: true,
  },
  help: {
    summary: "Нужны client_id и client_secret приложения Авито. Мессенджер API доступен на тарифе «Максимальный» (для услуг — «Расширенный» или «Максимальный»).",
    steps: [
      "Откройте avito.ru/professionals/api (Профиль → «Для профессионалов» → «API»).",
      "Скопируйте client_id и client_secret (при необходимости нажмите «Получить ключи»).",
      "Номер профиля (user_id) — число в «Настройки» профиля; можно не указывать, мы определим его сами.",
      "Чтобы подключить чужой аккаунт, продавец входит через Авито (OAuth) и разрешает доступ messenger:read и messenger:write.",
    ],
    fields: {
      clientId: "client_id из раздела API в профиле Авито.",
      clientSecret: "client_secret оттуда же. Храните как пароль.",
      userId: "Номер профиля Авито (необязательно).",
      refreshToken: "Заполняется автоматически после входа продавца через Авито.",
    },
  },
};
