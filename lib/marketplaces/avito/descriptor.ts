import type { MarketplaceDescriptor } from "@/lib/marketplaces/descriptor";
import { AVITO_META } from "@/lib/marketplaces/avito/meta";

export const AVITO_DESCRIPTOR: MarketplaceDescriptor = {
  ...AVITO_META,
  labels: { ru: "Авито", en: "Avito", badge: "Avito", badgeClass: "bg-avito text-white" },
  // messenger `message.text` maxLength 1000 (no reviews API, same limit everywhere).
  textLimits: { chat: 1000, question: 1000, review: 1000 },
  messageTypes: null,
  guardrails: {
    nameWords: "avito|авито",
    inPersonDeals: true,
    ownDomain: /(?:^|\.)avito\.ru$/i,
    ownLinksAllowed: true,
    htmlForbidden: false,
    promptRule: null,
  },
  guide: {
    name: "Авито",
    tracking: "Если заказ оформлен с Авито Доставкой, статус и трек видны в карточке заказа в Авито.",
    returnHow:
      "Если покупка оформлена с Авито Доставкой, в карточке заказа можно сообщить о проблеме и оформить возврат — Авито проведёт его по правилам сделки.",
    defectHow:
      "Если покупка оформлена с Авито Доставкой, сообщите о проблеме в карточке заказа и приложите фото — деньги защищены, пока вопрос не решён.",
    refundTiming:
      "При сделке с Авито Доставкой деньги возвращаются на способ оплаты после того, как товар вернётся продавцу.",
    exchange: "Можем договориться об обмене здесь, в чате: напишите, какой вариант вам подходит.",
    cancel: "Если заказ ещё не отправлен, его можно отменить в карточке заказа в Авито.",
    sizeChart: "Все замеры можем прислать здесь, в чате.",
    stockWatch: "Пока объявление активно, товар в наличии.",
    logistics: "со службой доставки",
    availability: "Товар в наличии, пока объявление активно; уточните, пожалуйста, какой вариант вас интересует.",
  },
  accountNameByIdentity: { code: "profile", prefix: "user:", legacy: "Профиль " },
  closedChatStatuses: [],
  reviewCases: null,
  webhook: {
    source: "avito",
    path: (s) => `/api/webhooks/avito/${s}`,
    requestPattern: /^\/api\/webhooks\/avito\/([^/]+)$/,
    technicalError: (requestId) => ({ error: { code: "internal", message: `Internal error, request ${requestId}` } }),
    badRequest: (message) => ({ error: { code: "bad_request", message } }),
  },
  connection: {
    oauth: true,
    authFailureHint: {
      ru: "Проверьте client_id, client_secret и user_id: их показывают в личном кабинете Авито, раздел «Интеграции» (для профессионалов — «API»). Мессенджер через API доступен на тарифах с API (для товаров — «Максимальный»), а user_id — номер вашего профиля.",
      en: "Check the client_id, client_secret and user_id: Avito shows them in the seller account under Integrations (API for professionals). The Messenger API needs a plan that includes it (“Maximum” for goods), and the user_id is your profile number.",
    },
  },
  cabinet: {
    home: "https://www.avito.ru/profile",
    product: (id) => `https://www.avito.ru/${encodeURIComponent(id)}`,
    chat: (id) => `https://www.avito.ru/profile/messenger/channel/${encodeURIComponent(id)}`,
  },
};
