// What we refuse to send before the marketplace sees it, or conclude from its answer
// (lib/marketplaces/outgoing-refusal.ts codes). {offered} lists the Amazon message types offered now, {count} of them.

export const outgoingRefusalsRu = {
  text_too_long:
    "Сообщение длиннее {max, plural, one {# символа} other {# символов}} ({length, plural, one {# символ} few {# символа} many {# символов} other {# символа}})",
  empty_message: "Пустое сообщение",
  files_not_accepted: "Этот маркетплейс не принимает файлы через API",
  too_many_files: "Не больше {max, plural, one {# файла} other {# файлов}} в сообщении",
  file_type: "Файл «{fileName}»: тип {mimeType} не принимается (можно: {allowed})",
  file_too_big: "Файл «{fileName}» больше {megabytes} МБ",
  files_too_big: "Файлы вместе больше {megabytes} МБ",
  email_address: "Amazon запрещает адреса электронной почты в сообщениях покупателю",
  html: "Amazon не принимает HTML в сообщениях покупателю",
  type_not_offered:
    "Amazon сейчас не предлагает тип «{messageType}» для заказа {order} (доступно: {count, plural, =0 {ничего} other {{offered}}})",
  text_not_offered:
    "Для заказа {order} Amazon сейчас не разрешает текстовые сообщения (доступно: {count, plural, =0 {ничего} other {{offered}}})",
  type_too_long:
    "Для типа «{messageType}» Amazon принимает не больше {max, plural, one {# символа} other {# символов}}",
  order_closed: "Amazon сейчас не разрешает писать покупателю по заказу {order}",
  no_reply_sign: "Нет replySign для этого чата: Wildberries не вернул чат в списке, ответить нельзя",
  chat_not_found: "Чат не найден",
  answer_refused: "Wildberries отклонил ответ",
  chat_not_created: "Маркет не вернул номер чата: чат не создан",
  no_download_id: "У вложения нет downloadID",
};

export const outgoingRefusalsEn: typeof outgoingRefusalsRu = {
  text_too_long:
    "The message is longer than {max, plural, one {# character} other {# characters}} ({length, plural, one {# character} other {# characters}})",
  empty_message: "The message is empty",
  files_not_accepted: "This marketplace does not accept files through its API",
  too_many_files: "At most {max, plural, one {# file} other {# files}} per message",
  file_type: "File “{fileName}”: type {mimeType} is not accepted (allowed: {allowed})",
  file_too_big: "File “{fileName}” is larger than {megabytes} MB",
  files_too_big: "The files together are larger than {megabytes} MB",
  email_address: "Amazon forbids e-mail addresses in messages to buyers",
  html: "Amazon does not accept HTML in messages to buyers",
  type_not_offered:
    "Amazon does not offer the type “{messageType}” for order {order} now (available: {count, plural, =0 {none} other {{offered}}})",
  text_not_offered:
    "Amazon does not allow text messages for order {order} now (available: {count, plural, =0 {none} other {{offered}}})",
  type_too_long:
    "Amazon accepts at most {max, plural, one {# character} other {# characters}} for the type “{messageType}”",
  order_closed: "Amazon does not allow writing to the buyer about order {order} now",
  no_reply_sign: "No replySign for this chat: Wildberries did not list the chat, so it cannot be answered",
  chat_not_found: "Chat not found",
  answer_refused: "Wildberries refused the answer",
  chat_not_created: "Yandex Market returned no chat number: the chat was not created",
  no_download_id: "The attachment has no downloadID",
};
