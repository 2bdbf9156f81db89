// Records a marketplace sent that could not be read (Settings → Marketplaces, owners only).

export const quarantineRu = {
  summary: "{n, plural, one {# запись} few {# записи} many {# записей} other {# записи}} не удалось прочитать",
  explain:
    "Маркетплейс прислал записи без нужных полей. Мы отложили их, чтобы остальные сообщения и отзывы продолжали приходить. Если записей становится больше, напишите в поддержку.",
  show: "Показать",
  hide: "Скрыть",
  seen: "получено {n, plural, one {# раз} few {# раза} many {# раз} other {# раза}}",
  lastSeen: "последний раз",
  raw: "Как пришло",
  shownOf: "{shown, plural, one {Показана последняя #} other {Показаны последние #}} из {total, number}",
  loadError: "Не удалось загрузить список",
  kinds: {
    event: "Событие чата",
    chat: "Чат",
    message: "Сообщение",
    feedback: "Отзыв",
    question: "Вопрос",
    push: "Уведомление",
    other: "Запись",
  },
  problems: {
    missing: "нет поля «{field}»",
    not_a_date: "в поле «{field}» не дата",
    invalid: "поле «{field}» в неожиданном виде",
  },
  recordProblem: "запись в неожиданном виде",
};

export const quarantineEn: typeof quarantineRu = {
  summary: "{n, plural, one {# record} other {# records}} could not be read",
  explain:
    "The marketplace sent records without the fields we need. They are kept aside so the other messages and reviews keep arriving. If their number grows, contact support.",
  show: "Show",
  hide: "Hide",
  seen: "received {n, plural, one {once} other {# times}}",
  lastSeen: "last",
  raw: "As received",
  shownOf: "Showing the latest {shown, number} of {total, number}",
  loadError: "Could not load the list",
  kinds: {
    event: "Chat event",
    chat: "Chat",
    message: "Message",
    feedback: "Review",
    question: "Question",
    push: "Notification",
    other: "Record",
  },
  problems: {
    missing: "field “{field}” is missing",
    not_a_date: "field “{field}” is not a date",
    invalid: "field “{field}” has an unexpected form",
  },
  recordProblem: "the record has an unexpected form",
};
