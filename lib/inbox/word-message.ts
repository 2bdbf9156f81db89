import type { Locale } from "@/lib/i18n/dictionaries";
import { wordMessageNotice } from "@/lib/inbox/message-notice-text";
import { wordMessageError } from "@/lib/inbox/send-failure-text";

/**
 * A thread message as the reader sees it, the same wherever it is returned (the thread, a sent or
 * retried reply): a failed reply's reason and a marketplace notice worded in `locale`.
 */
export function wordMessage<M extends { text: string; notice: unknown; error: string | null; errorParams: unknown }>(
  message: M,
  locale: Locale,
) {
  return wordMessageNotice(wordMessageError(message, locale), locale);
}
