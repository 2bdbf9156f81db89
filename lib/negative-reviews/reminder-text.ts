import { findDescriptorOfDb } from "@/lib/marketplaces/registry";

// Texts of reminders and escalations, in the recipient's language (in-app and email alike).

type Input = { locale: string; type: "deadline" | "escalation"; hoursLeft: number | null; customerName: string | null; rating: number; marketplace: string; link: string };


export function reminderText({ locale, type, hoursLeft, customerName, rating, marketplace, link }: Input): { title: string; body: string; subject: string } {
  const who = customerName ?? (locale === "en" ? "a buyer" : "покупатель");
  const where = findDescriptorOfDb({ value: marketplace })?.labels.ru ?? marketplace;
  if (locale === "en") {
    const title =
      type === "escalation"
        ? `No reply for 24 h to ${who}'s ${rating}★ review`
        : `${hoursLeft} h left on ${who}'s ${rating}★ review`;
    const body =
      type === "escalation"
        ? `The buyer wrote more than 24 hours ago and nobody has answered (${where}). Open the chat: ${link}`
        : `The review will be published as it stands in ${hoursLeft} h unless the buyer updates it (${where}). Open the chat: ${link}`;
    return { title, body, subject: `AgentIQ: ${title}` };
  }
  const title =
    type === "escalation"
      ? `Нет ответа 24 ч: отзыв ${rating}★, ${who}`
      : `Осталось ${hoursLeft} ч: отзыв ${rating}★, ${who}`;
  const body =
    type === "escalation"
      ? `Покупатель написал больше 24 часов назад, ответа нет (${where}). Откройте чат: ${link}`
      : `Через ${hoursLeft} ч отзыв опубликуют как есть, если покупатель его не изменит (${where}). Откройте чат: ${link}`;
  return { title, body, subject: `AgentIQ: ${title}` };
}
