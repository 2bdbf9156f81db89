// Why the seller may not write first into a chat (lib/marketplaces/proactive-policy.ts codes). {types} is
// the list of Amazon message types offered now, {requested} the type asked for.

export const proactiveRefusalsRu = {
  not_a_chat: "Отзывы и вопросы не бывают адресатом повторных сообщений: только чаты",
  chat_closed: "Чат закрыт маркетплейсом",
  opted_out: "Покупатель отказался от повторных сообщений в этом чате",
  buyer_not_opened: "Маркетплейс разрешает писать только в чаты, которые открыл покупатель",
  direct_chat: "Яндекс Маркет разрешает продавцу писать первым только в чатах о заказе или возврате, не в прямых чатах",
  rules_not_allowed:
    "Amazon разрешает только типы сообщений по заказу, маркетинговых среди них нет: запланируйте сообщение вручную с нужным типом",
  types_unknown: "Не удалось узнать у Amazon, какие сообщения сейчас можно отправить по заказу",
  nothing_offered: "Amazon сейчас не предлагает по этому заказу ни одного текстового сообщения (окно закрыто)",
  type_required: "Выберите тип сообщения Amazon: {types}",
  type_not_offered: "Amazon сейчас не предлагает тип «{requested}» для этого заказа (доступно: {types})",
};

export const proactiveRefusalsEn: typeof proactiveRefusalsRu = {
  not_a_chat: "Follow-ups go into chats only, not reviews or questions",
  chat_closed: "The marketplace closed this chat",
  opted_out: "The buyer opted out of follow-ups in this chat",
  buyer_not_opened: "The marketplace only allows messages in chats the buyer opened",
  direct_chat:
    "Yandex Market lets the seller write first only in chats about an order or a return, never in direct chats",
  rules_not_allowed:
    "Amazon only allows order-related message types, none of them for marketing: schedule a message by hand with the right type",
  types_unknown: "Could not ask Amazon which messages the order allows now",
  nothing_offered: "Amazon offers no text message for this order now (the window is closed)",
  type_required: "Choose an Amazon message type: {types}",
  type_not_offered: "Amazon does not offer “{requested}” for this order now (available: {types})",
};
