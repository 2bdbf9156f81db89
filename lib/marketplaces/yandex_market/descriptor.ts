import type { MarketplaceDescriptor } from "@/lib/marketplaces/descriptor";
import { YANDEX_MARKET_META } from "@/lib/marketplaces/yandex_market/meta";

export const YANDEX_MARKET_DESCRIPTOR: MarketplaceDescriptor = {
  ...YANDEX_MARKET_META,
  labels: { ru: "Яндекс Маркет", en: "Yandex Market", badge: "ЯМ", badgeEn: "YM", badgeClass: "bg-ym text-slate-900" },
  // chat message 1..4096; goods-feedback comment 1..4096.
  textLimits: { chat: 4096, question: 4096, review: 4096 },
  messageTypes: null,
  guardrails: {
    nameWords: "яндекс[\\s.-]?маркет\\p{L}*|yandex\\s?market",
    inPersonDeals: false,
    ownDomain: /(?:^|\.)market\.yandex\.ru$/i,
    ownLinksAllowed: true,
    htmlForbidden: false,
    promptRule: null,
  },
  guide: {
    name: "Яндекс Маркет",
    tracking: "Статус доставки видно в разделе «Заказы» в приложении Маркета.",
    returnHow:
      "Чтобы вернуть товар, откройте заказ в приложении Маркета, нажмите «Вернуть» и выберите удобный способ передачи товара.",
    defectHow:
      "Откройте заказ в приложении Маркета, нажмите «Вернуть», укажите причину «Брак» и приложите фото — так заявку рассмотрят быстрее.",
    refundTiming:
      "Деньги возвращаются тем же способом, которым был оплачен заказ; статус возврата видно в разделе «Заказы».",
    exchange: "Прямого обмена на Маркете нет: оформите возврат и закажите нужный вариант.",
    cancel: "Пока заказ не передан в доставку, его можно отменить в разделе «Заказы».",
    sizeChart: "Таблица размеров — в карточке товара, рядом с выбором размера.",
    stockWatch: "Добавьте товар в избранное — так вы не пропустите поступление.",
    logistics: "со службой доставки Маркета",
    availability: null,
  },
  accountNameByIdentity: { code: "business", prefix: "business:", legacy: "Кабинет " },
  closedChatStatuses: ["FINISHED"],
  reviewCases: { holdWindowMs: null, opensReviewChat: false, refreshRatings: true },
  webhook: {
    // Yandex Market appends "/notification" itself (POST {url}/notification).
    source: "yandex_market",
    path: (s) => `/api/webhooks/yandex_market/${s}`,
    // Also the hyphenated path of earlier versions, which sellers have pasted into their cabinets.
    requestPattern: /^\/api\/webhooks\/yandex[_-]market\/([^/]+)\/notification$/,
    technicalError: (requestId) => ({ error: { type: "UNKNOWN", message: `Internal error, request ${requestId}` } }),
    badRequest: (message) => ({ error: { type: "WRONG_EVENT_FORMAT", message } }),
  },
  connection: {
    oauth: false,
    authFailureHint: {
      ru: "Проверьте API-ключ и businessId: ключ создают в кабинете продавца Яндекс Маркета, «Настройки» → «API и модули» → «Авторизационные токены», с доступом «Общение с покупателями» (communication) или ко всем методам, не «только чтение»; businessId — номер кабинета из того же раздела.",
      en: "Check the API key and the businessId: the key is created in the Yandex Market seller account, Settings → API and modules → Authorization tokens, with the “communication” scope or all methods (not read-only); the businessId is the account number shown there.",
    },
  },
  cabinet: { home: "https://partner.market.yandex.ru/" },
};
