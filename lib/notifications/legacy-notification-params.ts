import { MARKETPLACE_DESCRIPTORS } from "@/lib/marketplaces/registry";

// Notifications stored before they kept their values carry a worded title (Russian, or English for a
// member who had switched): read the values back from it so they reword in either language.

type Row = { kind: string; title: string; body: string };

const MENTION = [/^(.+) упомянул\(а\) вас в заметке$/u, /^(.+) mentioned you in a note$/u];
const REMINDER_RU = /^Осталось (\d+) (ч|мин): отзыв (\d)★, (.+)$/u;
const REMINDER_EN = /^(\d+) (h|min) left on (.+)'s (\d)★ review$/u;
const ESCALATION_RU = /^Нет ответа 24 ч: отзыв (\d)★, (.+)$/u;
const ESCALATION_EN = /^No reply for 24 h to (.+)'s (\d)★ review$/u;
// The body named the marketplace in brackets before "Open the chat".
const WHERE = /\(([^()]+)\)\. (?:Откройте чат|Open the chat)/u;
const NO_NAME = new Set(["покупатель", "a buyer"]);

function marketplaceOf(body: string): string | null {
  const label = WHERE.exec(body)?.[1];
  if (!label) return null;
  const found = Object.values(MARKETPLACE_DESCRIPTORS).find((d) => d.labels.ru === label || d.labels.en === label);
  return found ? found.marketplace : label;
}

const customer = (who: string) => (NO_NAME.has(who) ? null : who);

/** The values of an old worded notification, or null when its title is not one we wrote. */
export function legacyNotificationParams({ kind, title, body }: Row): Record<string, unknown> | null {
  if (kind === "mention") {
    const author = MENTION.map((re) => re.exec(title)?.[1]).find(Boolean);
    return author ? { author } : null;
  }
  const marketplace = marketplaceOf(body);
  if (!marketplace) return null;
  if (kind === "negative_review_reminder") {
    const ru = REMINDER_RU.exec(title);
    const en = ru ? null : REMINDER_EN.exec(title);
    if (!ru && !en) return null;
    const [n, unit, rating, who] = ru ? [ru[1], ru[2], ru[3], ru[4]] : [en![1], en![2], en![4], en![3]];
    const minutesLeft = Number(n) * (unit === "ч" || unit === "h" ? 60 : 1);
    return { minutesLeft, rating: Number(rating), customerName: customer(who!), marketplace };
  }
  if (kind === "negative_review_escalation") {
    const ru = ESCALATION_RU.exec(title);
    const en = ru ? null : ESCALATION_EN.exec(title);
    if (ru) return { rating: Number(ru[1]), customerName: customer(ru[2]!), marketplace };
    if (en) return { rating: Number(en[2]), customerName: customer(en[1]!), marketplace };
  }
  return null;
}
