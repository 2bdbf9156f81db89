import type { MarketplaceDescriptor } from "@/lib/marketplaces/descriptor";
import { WILDBERRIES_META } from "@/lib/marketplaces/wildberries/meta";

export const WILDBERRIES_DESCRIPTOR: MarketplaceDescriptor = {
  ...WILDBERRIES_META,
  labels: { ru: "Wildberries", en: "Wildberries", badge: "WB", badgeClass: "bg-wb text-white" },
  // chat `message` maxLength 1000; feedback answers 2..5000. Questions have no maxLength in the spec,
  // so they get the feedback limit until WB says otherwise.
  textLimits: { chat: 1000, question: 5000, review: 5000 },
  messageTypes: null,
  guardrails: {
    nameWords: "wildberries|вайлдберриз\\p{L}*|вайлдбериз\\p{L}*|вб|wb",
    inPersonDeals: false,
    ownDomain: /(?:^|\.)(?:wildberries\.ru|wb\.ru)$/i,
    ownLinksAllowed: true,
    htmlForbidden: false,
    promptRule: null,
  },
  guide: {
    name: "Wildberries",
    tracking: "Актуальный статус и дату доставки видно в личном кабинете Wildberries, в разделе «Доставки».",
    returnHow:
      "Возврат оформляется в личном кабинете Wildberries: раздел «Покупки» — выберите товар — «Вернуть товар». Условия и срок для вашей категории показаны там же.",
    defectHow:
      "Оформите заявку в разделе «Покупки» — «Вернуть товар», выберите причину «Брак» и приложите фото дефекта и этикетки: заявки по браку рассматриваются в приоритете.",
    refundTiming:
      "Деньги возвращаются на ту карту или способ оплаты, которыми оплачивался заказ, обычно в течение 10 дней после приёмки товара; статус возврата виден в разделе «Покупки».",
    exchange:
      "Прямого обмена на Wildberries нет: быстрее всего оформить возврат и сразу заказать нужный размер или цвет.",
    cancel:
      "Если заказ ещё не отправлен, отменить его можно в разделе «Доставки»; если он уже в пути, достаточно отказаться от него в пункте выдачи.",
    sizeChart: "Таблица размеров есть в карточке товара, рядом с выбором размера.",
    stockWatch: "Добавьте товар в «Лист ожидания» — Wildberries пришлёт уведомление, как только он появится.",
    logistics: "с логистикой Wildberries",
    availability: null,
  },
  // A 1–3★ review stays hidden while the seller works with the buyer in the chat WB opens: 72 hours
  // from the buyer's first reply there.
  accountNameByIdentity: null,
  closedChatStatuses: [],
  reviewCases: { holdWindowMs: 72 * 3_600_000, opensReviewChat: true, refreshRatings: false },
  webhook: null,
  connection: {
    oauth: false,
    authFailureHint: {
      ru: "Проверьте токен: его создают в личном кабинете продавца Wildberries, раздел «Настройки» → «Доступ к API». Нужны категории «Чат с покупателями» и «Вопросы и отзывы», токен не «только на чтение» и не истёк; копируйте его целиком.",
      en: "Check the token: it is created in the Wildberries seller account, Settings → API access. It needs the “Buyer chat” and “Questions and reviews” categories, must not be read-only or expired; copy it whole.",
    },
  },
  cabinet: {
    home: "https://seller.wildberries.ru/",
    // The goodCard's nmID is the product's public article.
    product: (id) => `https://www.wildberries.ru/catalog/${encodeURIComponent(id)}/detail.aspx`,
  },
};
