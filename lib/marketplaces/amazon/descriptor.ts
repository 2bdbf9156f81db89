import type { MarketplaceDescriptor } from "@/lib/marketplaces/descriptor";
import { AMAZON_META } from "@/lib/marketplaces/amazon/meta";

/** Amazon sends typed messages instead of free chat; the text limit of each Messaging operation. */
export const AMAZON_MESSAGE_TYPE_LIMITS = {
  confirmCustomizationDetails: 800,
  confirmDeliveryDetails: 2000,
  confirmOrderDetails: 2000,
  confirmServiceDetails: 2000,
  digitalAccessKey: 400,
  unexpectedProblem: 2000,
} as const;

/** The text-only message types, in the order they are offered to the operator. */
export const AMAZON_TEXT_MESSAGE_TYPES = [
  "confirmOrderDetails",
  "confirmDeliveryDetails",
  "confirmServiceDetails",
  "unexpectedProblem",
  "confirmCustomizationDetails",
  "digitalAccessKey",
] as const satisfies readonly (keyof typeof AMAZON_MESSAGE_TYPE_LIMITS)[];

export const AMAZON_DESCRIPTOR: MarketplaceDescriptor = {
  ...AMAZON_META,
  labels: { ru: "Amazon", en: "Amazon", badge: "AMZ", badgeClass: "bg-amazon text-slate-900" },
  // Not used: every Amazon message has a type (messageTypes below).
  textLimits: { chat: 2000, question: 2000, review: 2000 },
  // Most Amazon text operations allow 2000; the composer passes the real type when it knows it.
  messageTypes: { limits: AMAZON_MESSAGE_TYPE_LIMITS, defaultLimit: 2000 },
  // Amazon forbids links of any kind (its own included) and HTML in buyer messages.
  guardrails: {
    nameWords: "amazon|амазон\\p{L}*",
    inPersonDeals: false,
    ownDomain: /(?:^|\.)amazon\.[a-z.]+$/i,
    ownLinksAllowed: false,
    htmlForbidden: true,
    promptRule: "Amazon: отвечай на языке покупателя, без HTML и без каких-либо ссылок.",
  },
  // Amazon buyers writing in Russian get the same structure with Amazon's own sections.
  guide: {
    name: "Amazon",
    tracking: "Статус и отслеживание посылки — в разделе Your Orders на Amazon.",
    returnHow: "Возврат оформляется в разделе Your Orders: выберите заказ и нажмите Return or replace items.",
    defectHow: "В разделе Your Orders выберите Return or replace items и укажите, что товар повреждён или неисправен.",
    refundTiming: "Деньги возвращаются на исходный способ оплаты после того, как возврат будет принят.",
    exchange: "Замену можно запросить в разделе Your Orders через Return or replace items.",
    cancel: "Пока заказ не отправлен, его можно отменить в разделе Your Orders.",
    sizeChart: "Таблица размеров есть в карточке товара.",
    stockWatch: "Следите за карточкой товара — поступление отображается там.",
    logistics: "со службой доставки Amazon",
    availability: null,
  },
  accountNameByIdentity: null,
  closedChatStatuses: [],
  reviewCases: null,
  webhook: null,
  connection: {
    oauth: false,
    authFailureHint: {
      ru: "Проверьте refresh token, client ID и client secret приложения SP-API: их выдают в Seller Central, «Apps and Services» → «Develop Apps» (LWA credentials) после авторизации приложения; у приложения должна быть роль Buyer Communication, а регион и маркетплейс — совпадать с аккаунтом.",
      en: "Check the refresh token and the SP-API app’s client ID and secret: Seller Central, Apps and Services → Develop Apps (LWA credentials), after authorising the app; the app needs the Buyer Communication role, and the region and marketplace must match the account.",
    },
  },
  cabinet: {
    home: "https://sellercentral.amazon.com/",
    order: (id) => `https://sellercentral.amazon.com/orders-v3/order/${encodeURIComponent(id)}`,
  },
};
