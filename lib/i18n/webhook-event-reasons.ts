// What became of a POS/CRM webhook and of each order, visit or deal in it
// (lib/review-requests/webhook-reason.ts codes). {status}, {event}, {resource}, {type} and {detail} are the
// source's own words, "none" when it sent none; {attendance} is YCLIENTS' visit attendance.

export const webhookEventReasonsRu = {
  queued: "{n, plural, =1 {Запрос на отзыв поставлен в очередь} other {Запросов на отзыв в очереди: #}}",
  duplicate_event: "Повторная доставка: запрос на отзыв по этому событию уже есть",
  duplicate_order: "Повторная доставка: по этому заказу/визиту/сделке запрос уже есть",
  skipped: "Пропущено",
  amocrm_no_status_change: "Webhook amoCRM без смены статуса сделки (leads[status]) — пропущено",
  amocrm_lost: "Сделка amoCRM закрыта и не реализована (143) — пропущено",
  amocrm_status:
    "Сделка amoCRM в статусе {status, select, none {не указан} other {{status}}} — ждём 142 «Успешно реализовано»",
  amocrm_no_phone: "Пропущено: в webhook amoCRM нет телефона контакта сделки (main_contact, contacts[update])",
  iiko_event: "Событие iiko {event} не обрабатывается (нужно DeliveryOrderUpdate или TableOrderUpdate)",
  iiko_no_event: "В webhook iiko нет eventType — пропущено",
  iiko_status:
    "Статус заказа iiko «{status, select, none {не указан} other {{status}}}» — ждём Delivered, Closed или Finished",
  rkeeper_status:
    "Статус заказа R-Keeper «{status, select, none {не указан} other {{status}}}» — ждём «Выполнен» или «Доставлен»",
  yclients_event: "Событие YCLIENTS «{resource}» не относится к визиту — пропущено",
  yclients_deleted: "Запись YCLIENTS удалена — пропущено",
  yclients_attendance:
    "Статус визита YCLIENTS: {attendance, select, waiting {ожидание клиента} confirmed {клиент подтвердил} no_show {клиент не пришёл} none {не указан} other {{attendance}}} — запрос отправляем только когда клиент пришёл",
  no_phone: "Пропущено: в webhook нет телефона клиента",
  invalid_phone: "Пропущено: {problem}",
  phone_missing: "Телефон не указан",
  phone_too_long: "Телефон не распознан: слишком длинная строка",
  phone_not_mobile: "Номер {number} не мобильный ({type}): SMS и WhatsApp не дойдут",
  phone_unrecognized: "Телефон «{text}» не распознан",
  body_too_large: "Тело запроса больше {limit, plural, one {# символа} other {# символов}}",
  body_too_large_bytes: "Тело запроса больше {limit, plural, one {# байта} other {# байт}}",
  empty_body: "Пустое тело запроса",
  nul_character: "Текст содержит символ NUL (\\u0000), его нельзя сохранить",
  lone_surrogate: "Текст содержит непарный суррогат UTF-16 (например, \\ud800) — это не Unicode",
  unsupported_type: "Неподдерживаемый формат тела (Content-Type: {type, select, none {не указан} other {{type}}})",
  invalid_json: "Тело запроса — некорректный JSON",
  not_object: "Ожидался JSON-объект на верхнем уровне",
  invalid_form: "Некорректное form-urlencoded тело: {detail, select, none {ошибка разбора} other {{detail}}}",
  invalid_payload: "Некорректный webhook {source}: {detail}",
  empty_leads: "Некорректный webhook amoCRM: пустой список сделок",
};

export const webhookEventReasonsEn: typeof webhookEventReasonsRu = {
  queued: "{n, plural, =1 {The review request is queued} other {# review requests queued}}",
  duplicate_event: "Delivered again: this event already has a review request",
  duplicate_order: "Delivered again: this order, visit or deal already has a request",
  skipped: "Skipped",
  amocrm_no_status_change: "amoCRM webhook without a deal status change (leads[status]) — skipped",
  amocrm_lost: "The amoCRM deal was closed and lost (143) — skipped",
  amocrm_status:
    "The amoCRM deal is in status {status, select, none {(not given)} other {{status}}} — waiting for 142 “Closed – won”",
  amocrm_no_phone: "Skipped: the amoCRM webhook has no phone of the deal's contact (main_contact, contacts[update])",
  iiko_event: "iiko event {event} is not handled (DeliveryOrderUpdate or TableOrderUpdate is needed)",
  iiko_no_event: "The iiko webhook has no eventType — skipped",
  iiko_status:
    "iiko order status “{status, select, none {not given} other {{status}}}” — waiting for Delivered, Closed or Finished",
  rkeeper_status:
    "R-Keeper order status “{status, select, none {not given} other {{status}}}” — waiting for Completed or Delivered",
  yclients_event: "YCLIENTS event “{resource}” is not about a visit — skipped",
  yclients_deleted: "The YCLIENTS record was deleted — skipped",
  yclients_attendance:
    "YCLIENTS visit status: {attendance, select, waiting {awaiting the client} confirmed {the client confirmed} no_show {the client did not come} none {not given} other {{attendance}}} — a request goes out only once the client came",
  no_phone: "Skipped: the webhook has no customer phone",
  invalid_phone: "Skipped: {problem}",
  phone_missing: "No phone given",
  phone_too_long: "Phone not recognised: the text is too long",
  phone_not_mobile: "Number {number} is not a mobile ({type}): SMS and WhatsApp will not reach it",
  phone_unrecognized: "Phone “{text}” not recognised",
  body_too_large: "The body is longer than {limit, plural, one {# character} other {# characters}}",
  body_too_large_bytes: "The body is larger than {limit, plural, one {# byte} other {# bytes}}",
  empty_body: "The body is empty",
  nul_character: "The text contains a NUL character (\\u0000), which cannot be stored",
  lone_surrogate: "The text contains an unpaired UTF-16 surrogate (such as \\ud800), which is not valid Unicode",
  unsupported_type: "Unsupported body format (Content-Type: {type, select, none {not given} other {{type}}})",
  invalid_json: "The body is not valid JSON",
  not_object: "A JSON object was expected at the top level",
  invalid_form:
    "The form-urlencoded body is not valid: {detail, select, none {it could not be parsed} other {{detail}}}",
  invalid_payload: "Invalid {source} webhook: {detail}",
  empty_leads: "Invalid amoCRM webhook: the list of deals is empty",
};
