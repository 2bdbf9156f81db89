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
    ru: {
      summary:
        "Нужны client_id и client_secret приложения Авито. Мессенджер API доступен на тарифе «Максимальный» (для услуг — «Расширенный» или «Максимальный»).",
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
    en: {
      summary:
        "The client_id and client_secret of an Avito app are needed. The Messenger API comes with the «Максимальный» plan («Расширенный» or «Максимальный» for services).",
      steps: [
        "Open avito.ru/professionals/api (Profile → «Для профессионалов» → «API»).",
        "Copy the client_id and client_secret (press «Получить ключи» if there are none yet).",
        "The profile number (user_id) is shown in the profile's «Настройки»; it can be left empty, we find it ourselves.",
        "To connect someone else's account, the seller signs in through Avito (OAuth) and allows messenger:read and messenger:write.",
      ],
      fields: {
        clientId: "The client_id from the API section of the Avito profile.",
        clientSecret: "The client_secret from the same place. Keep it like a password.",
        userId: "The Avito profile number (optional).",
        refreshToken: "Filled in on its own once the seller signs in through Avito.",
      },
    },
  },
};
