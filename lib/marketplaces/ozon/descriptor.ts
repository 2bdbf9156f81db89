import type { MarketplaceDescriptor } from "@/lib/marketplaces/descriptor";
import { OZON_META } from "@/lib/marketplaces/ozon/meta";

export const OZON_DESCRIPTOR: MarketplaceDescriptor = {
  ...OZON_META,
  labels: { ru: "Ozon", en: "Ozon", badge: "Ozon", badgeClass: "bg-ozon text-white" },
  // /v1/chat/send/message `text` 1..1000 (the research seed's "4000" is wrong).
  textLimits: { chat: 1000, question: 1000, review: 1000 },
  messageTypes: null,
  guardrails: {
    nameWords: "ozon|озон\\p{L}*",
    inPersonDeals: false,
    ownDomain: /(?:^|\.)ozon\.ru$/i,
    ownLinksAllowed: true,
    htmlForbidden: false,
    promptRule: null,
  },
  guide: {
    name: "Ozon",
    tracking: "Статус и отслеживание заказа — в разделе «Заказы» в приложении или на сайте Ozon.",
    returnHow:
      "Возврат оформляется в разделе «Заказы»: выберите товар, нажмите «Вернуть» и укажите причину; после одобрения товар можно сдать в пункте выдачи Ozon.",
    defectHow:
      "В разделе «Заказы» нажмите «Вернуть», выберите причину, связанную с браком или повреждением, и приложите фото — так заявку одобрят быстрее.",
    refundTiming:
      "Деньги возвращаются тем же способом, которым был оплачен заказ, после приёмки товара; статус видно в разделе «Заказы».",
    exchange: "Отдельного обмена на Ozon нет: оформите возврат и закажите подходящий вариант.",
    cancel: "Пока заказ не передан в доставку, его можно отменить в разделе «Заказы».",
    sizeChart: "Таблица размеров — в карточке товара, рядом с выбором размера.",
    stockWatch: "Нажмите в карточке «Узнать о поступлении» — Ozon сообщит, когда товар вернётся в продажу.",
    logistics: "со службой доставки Ozon",
    availability: null,
  },
  accountNameByIdentity: null,
  closedChatStatuses: ["CLOSED"],
  reviewCases: null,
  webhook: {
    source: "ozon",
    path: (s) => `/api/webhooks/ozon/${s}`,
    requestPattern: /^\/api\/webhooks\/ozon\/([^/]+)$/,
    technicalError: (requestId) => ({
      error: { code: "ERROR_UNKNOWN", message: `Internal error, request ${requestId}`, details: null },
    }),
    badRequest: (message) => ({ error: { code: "ERROR_UNKNOWN", message, details: null } }),
  },
  connection: {
    oauth: false,
    authFailureHint: {
      ru: "Проверьте Client ID и API-ключ: оба — в личном кабинете Ozon Seller, «Настройки» → «Seller API». Ключ должен быть действующим, с ролью, у которой есть доступ к чатам; отправка сообщений через API доступна с подпиской Premium Plus или Premium Pro.",
      en: "Check the Client ID and the API key: both are in the Ozon Seller account, Settings → Seller API. The key must be active, with a role that has access to chats; sending messages through the API needs a Premium Plus or Premium Pro subscription.",
    },
  },
  cabinet: {
    home: "https://seller.ozon.ru/app/",
    order: (id) => `https://seller.ozon.ru/app/postings/fbs?search=${encodeURIComponent(id)}`,
    product: (id) => `https://www.ozon.ru/product/${encodeURIComponent(id)}/`,
  },
};
