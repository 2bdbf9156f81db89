import { dictionaries, type Locale } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import { messageNoticeSchema, type MessageNotice } from "@/lib/marketplaces/message-notice";

// A notice message (a missed call, a product question announced by id ...) in the reader's language.
// Yandex Market question notices stored before the codes hold the Russian sentence: it is read back by its
// exact wording, numbers included. Anything else is the buyer's or the marketplace's words and stays as it is.

const LEGACY: [RegExp, (m: RegExpExecArray) => MessageNotice][] = [
  [
    /^Покупатель задал вопрос о товаре \(вопрос № (\d+)\)\. Маркет не передаёт текст вопроса в уведомлении: прочитайте его и ответьте в кабинете продавца, раздел «Вопросы о товарах»\.$/u,
    (m) => ({ code: "question", params: { questionId: m[1]! } }),
  ],
  [
    /^На вопрос о товаре появился новый ответ \(ответ № (\d+)\)\. Текст — в кабинете продавца, раздел «Вопросы о товарах»\.$/u,
    (m) => ({ code: "question_answer", params: { answerId: m[1]! } }),
  ],
  [
    /^Новый комментарий к ответу на вопрос о товаре \(ответ № (\d+), комментарий № (\d+)\)\. Текст — в кабинете продавца, раздел «Вопросы о товарах»\.$/u,
    (m) => ({ code: "question_comment", params: { answerId: m[1]!, commentId: m[2]! } }),
  ],
];

/** The stored notice (or an old worded one read back); null for a message with words of its own. */
export function storedNotice({ text, notice }: { text: string; notice: unknown }): MessageNotice | null {
  const coded = messageNoticeSchema.safeParse(notice);
  if (coded.success) return coded.data;
  for (const [re, toNotice] of LEGACY) {
    const m = re.exec(text);
    if (m) return toNotice(m);
  }
  return null;
}

export function noticeText(notice: MessageNotice, locale: Locale): string {
  return formatMessage(locale, dictionaries[locale].messageNotices[notice.code], notice.params ?? {});
}

/** A message as the thread shows it: a notice worded in `locale` as its text, the code dropped. */
export function wordMessageNotice<M extends { text: string; notice: unknown }>(
  message: M,
  locale: Locale,
): Omit<M, "notice"> {
  const { notice: _notice, ...rest } = message;
  const notice = storedNotice(message);
  return notice ? { ...rest, text: noticeText(notice, locale) } : rest;
}

/** A chat list row: a preview that is a notice worded in `locale`. */
export function wordChatPreview<C extends { lastMessagePreview: string; lastMessageNotice: unknown }>(
  chat: C,
  locale: Locale,
): Omit<C, "lastMessageNotice"> {
  const { lastMessageNotice, ...rest } = chat;
  const notice = storedNotice({ text: chat.lastMessagePreview, notice: lastMessageNotice });
  return notice ? { ...rest, lastMessagePreview: noticeText(notice, locale).slice(0, 140) } : rest;
}
