// Why a scheduled message was not sent or a rule did not apply (lib/follow-ups/scheduled-failure.ts codes),
// beside the reply failures (send-failures.ts) and the refusals to write first (proactive-refusals.ts).
// {findings} is the broken rules, each worded, joined by "; ".

export const scheduledFailuresRu = {
  guardrails: "Текст нарушает правила маркетплейса: {findings}",
  template_guardrails: "Шаблон нарушает правила маркетплейса: {findings}",
  chat_not_found: "Чат больше не найден",
  interrupted: "Отправка прервана (сбой сервера): сообщение могло уйти. Проверьте чат, прежде чем повторять.",
  verbatim: "Сохранённый текст",
};

export const scheduledFailuresEn: typeof scheduledFailuresRu = {
  guardrails: "The text breaks the marketplace's rules: {findings}",
  template_guardrails: "The template breaks the marketplace's rules: {findings}",
  chat_not_found: "The chat is no longer there",
  interrupted:
    "Sending was interrupted (server failure): the message may have gone out. Check the chat before trying again.",
  verbatim: "Stored text",
};
