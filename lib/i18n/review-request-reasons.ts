// Why a review request was skipped, is retried or failed (lib/review-requests/request-reason.ts codes).
// {provider} and {detail} are a provider's name and its own answer ("sms_ru HTTP 503"), {last} the day of
// the previous request to the number.

export const reviewRequestReasonsRu = {
  duplicate_event: "По этому заказу/визиту/сделке запрос на отзыв уже был",
  opted_out: "Клиент в стоп-листе: отказался от сообщений",
  frequency_limit:
    "Этому номеру уже отправляли запрос {last}; не чаще раза в {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}",
  not_configured: "Не отправлено: провайдер не настроен",
  no_review_link: "Не отправлено: в настройках не задана ссылка на отзыв",
  no_channel: "Нет email клиента, а другие каналы не настроены",
  no_email: "Не отправлено: нет email клиента, другие каналы не настроены",
  missing_fields: "Не отправлено: не заполнено {fields}",
  provider_timeout: "{provider}: нет ответа вовремя — сообщение могло уйти, запасные каналы не использованы",
  provider_failed: "Не отправлено: {detail}",
  not_sent: "Не отправлено",
  send_error: "Ошибка отправки",
  retry: "{reason} — повторим через {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}",
  undelivered: "Не доставлено: {detail}",
  interrupted:
    "Отправка прервана (сбой сервера): сообщение могло уйти, повторно не отправляем, чтобы не написать клиенту дважды",
  verbatim: "Сохранённый текст",
};

export const reviewRequestReasonsEn: typeof reviewRequestReasonsRu = {
  duplicate_event: "A review request for this order, visit or deal was already made",
  opted_out: "The customer is on the stop list: they opted out of messages",
  frequency_limit:
    "This number already got a request on {last}; at most once every {days, plural, one {# day} other {# days}}",
  not_configured: "Not sent: no provider is configured",
  no_review_link: "Not sent: the review link is not set in the settings",
  no_channel: "No customer e-mail, and no other channel is configured",
  no_email: "Not sent: no customer e-mail, and no other channel is configured",
  missing_fields: "Not sent: {fields} not filled in",
  provider_timeout: "{provider}: no answer in time — the message may have gone out, fallback channels were not used",
  provider_failed: "Not sent: {detail}",
  not_sent: "Not sent",
  send_error: "Sending failed",
  retry: "{reason} — will retry in {minutes, plural, one {# minute} other {# minutes}}",
  undelivered: "Not delivered: {detail}",
  interrupted:
    "Sending was interrupted (server failure): the message may have gone out, so it is not sent again, not to write to the customer twice",
  verbatim: "Stored text",
};
