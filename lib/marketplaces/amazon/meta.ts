import type { MarketplaceMeta } from "@/lib/marketplaces/schemas";

export const AMAZON_META: MarketplaceMeta = {
  marketplace: "amazon",
  title: "Amazon",
  capabilities: {
    inboundChats: false, // Messaging API is outbound only; buyer messages are not readable through it
    webhooks: false,
    sellerCanStartChat: true, // a message about an order, of a type Amazon offers for it
    proactive: "offered_types", // getMessagingActionsForOrder, at schedule time and again at send time
    orderContext: true,
    chatHistory: false,
    reviews: false,
    questions: false,
    maxTextLength: 2000, // confirmCustomizationDetails 800, digitalAccessKey 400: checked per type
    attachments: null, // needs the Uploads API (uploadDestinationId); not wired
    canEditSentReply: false,
    canEditReviewAnswer: false,
    markRead: false,
    buyerLocale: true, // GetAttributes: buyer.locale
  },
  help: {
    ru: {
      summary:
        "Нужно приложение Selling Partner API с ролью Buyer Communication: LWA client_id, client_secret и refresh token продавца.",
      steps: [
        "Seller Central → «Apps and Services» → «Develop Apps»: создайте приложение SP-API с ролью Buyer Communication.",
        "В карточке приложения «View» → скопируйте LWA credentials: client_id и client_secret.",
        "«Authorize» (self-authorization) → получите refresh token (начинается с «Atzr|»).",
        "Укажите регион (na, eu, fe) и Marketplace ID магазина, например ATVPDKIKX0DER для США.",
      ],
      fields: {
        refreshToken: "LWA refresh token продавца (Atzr|…).",
        clientId: "LWA client identifier приложения (amzn1.application-oa2-client…).",
        clientSecret: "LWA client secret приложения.",
        marketplaceId: "Идентификатор площадки Amazon, например ATVPDKIKX0DER.",
        region: "Регион SP-API: na — Северная Америка, eu — Европа, fe — Дальний Восток.",
      },
    },
    en: {
      summary:
        "A Selling Partner API app with the Buyer Communication role is needed: the LWA client_id, client_secret and the seller's refresh token.",
      steps: [
        "Seller Central → «Apps and Services» → «Develop Apps»: create an SP-API app with the Buyer Communication role.",
        "On the app's card, «View» → copy the LWA credentials: client_id and client_secret.",
        "«Authorize» (self-authorization) → get the refresh token (it starts with «Atzr|»).",
        "Enter the region (na, eu, fe) and the shop's Marketplace ID, such as ATVPDKIKX0DER for the US.",
      ],
      fields: {
        refreshToken: "The seller's LWA refresh token (Atzr|…).",
        clientId: "The app's LWA client identifier (amzn1.application-oa2-client…).",
        clientSecret: "The app's LWA client secret.",
        marketplaceId: "The Amazon marketplace identifier, such as ATVPDKIKX0DER.",
        region: "The SP-API region: na — North America, eu — Europe, fe — Far East.",
      },
    },
  },
};
