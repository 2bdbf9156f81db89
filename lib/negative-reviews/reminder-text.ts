import { findDescriptorOfDb } from "@/lib/marketplaces/registry";

// Texts of reminders and escalations, in the recipient's language (in-app and email alike). A reminder
// states the time actually left when it goes out (one sent late, after the app was down, says so), not
// the offset it was planned for.

type Input = { locale: string; type: "deadline" | "escalation"; msLeft: number | null; customerName: string | null; rating: number; marketplace: string; link: string };

const HOUR = 3_600_000;

/** "8 ч" / "8 h"; under an hour in minutes, never "0". */
export function timeLeft(msLeft: number, locale: string): string {
  const en = locale === "en";
  if (msLeft < HOUR) return `${Math.max(1, Math.ceil(msLeft / 60_000))} ${en ? "min" : "мин"}`;
  return `${Math.round(msLeft / HOUR)} ${en ? "h" : "ч"}`;
}

export function reminderText({ locale, type, msLeft, customerName, rating, marketplace, link }: Input): { title: string; body: string; subject: string } {
  const who = customerName ?? (locale === "en" ? "a buyer" : "покупатель");
  const where = findDescriptorOfDb({ value: marketplace })?.labels[locale === "en" ? "en" : "ru"] ?? marketplace;
  const left = timeLeft(msLeft ?? 0, locale);
  if (locale === "en") {
    const title =
      type === "escalation"
        ? `No reply for 24 h to ${who}'s ${rating}★ review`
        : `${left} left on ${who}'s ${rating}★ review`;
    const body =
      type === "escalation"
        ? `The buyer wrote more than 24 hours ago and nobody has answered (${where}). Open the chat: ${link}`
        : `The review will be published as it stands in ${left} unless the buyer updates it (${where}). Open the chat: ${link}`;
    return { title, body, subject: `AgentIQ: ${title}` };
  }
  const title =
    type === "escalation"
      ? `Нет ответа 24 ч: отзыв ${rating}★, ${who}`
      : `Осталось ${left}: отзыв ${rating}★, ${who}`;
  const body =
    type === "escalation"
      ? `Покупатель написал больше 24 часов назад, ответа нет (${where}). Откройте чат: ${link}`
      : `Через ${left} отзыв опубликуют как есть, если покупатель его не изменит (${where}). Откройте чат: ${link}`;
  return { title, body, subject: `AgentIQ: ${title}` };
}
