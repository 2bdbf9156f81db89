import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type { SimCredentials } from "@/lib/marketplaces/simulator/demo-credentials";

// What every route module gets: shared config, the log of what sellers sent, the clock and a webhook pusher.

export type SentRecord = {
  marketplace: Marketplace;
  kind: "message" | "file" | "review_answer" | "chat_started" | "read";
  chatId: string | null;
  text: string | null;
  files: Array<{ name: string; type: string; size: number }>;
  at: string;
  extra?: Record<string, unknown>;
};

export type SimContext = {
  credentials: SimCredentials;
  sent: SentRecord[];
  now: () => Date;
  /** Seeded generator for the simulator's variety (see random.ts); same seed, same sequence. */
  random: () => number;
  /** Push targets set through the control API (Avito targets also via its subscribe endpoint). */
  webhookTargets: Partial<Record<Marketplace, string[]>>;
  pushWebhook: (marketplace: Marketplace, payload: unknown) => void;
};

export function recordSent(
  ctx: SimContext,
  record: Omit<SentRecord, "at" | "files"> & { files?: SentRecord["files"] },
): void {
  ctx.sent.push({ files: [], ...record, at: ctx.now().toISOString() });
}

const BUYER_NAMES = ["Алёна", "Иван", "Мария", "Дмитрий", "Ольга", "Сергей", "Екатерина", "Андрей", "Наталья", "Павел"];
const BUYER_TEXTS = [
  "Здравствуйте! Когда будет доставка моего заказа?",
  "Пришёл не тот цвет. Можно вернуть и заказать другой товар?",
  "Подскажите, пожалуйста, размер соответствует таблице?",
  "Товар пришёл с повреждённой упаковкой, что делать?",
  "Можно заказать 100 штук? Нужна скидка для оптовой закупки.",
  "Добрый день! Есть ли этот товар в другом размере?",
  "Спасибо, всё подошло! Подскажите, как ухаживать за изделием?",
  "Заказ задерживается уже на три дня, где он сейчас?",
  "Не могу оформить возврат, помогите, пожалуйста.",
  "Будет ли поступление этой модели в чёрном цвете?",
];

export function pick<T>(items: readonly T[], random: () => number = Math.random): T {
  return items[Math.floor(random() * items.length)]!;
}
export function randomBuyerName(): string {
  return pick(BUYER_NAMES);
}
export function randomBuyerText(): string {
  return pick(BUYER_TEXTS);
}

export type BuyerMessageInput = {
  chatId?: string;
  text?: string;
  customerName?: string;
  /** Attach one file (WB: file/image with a downloadID; YM: payload; Avito: image). */
  withFile?: boolean;
  /** Write into a random existing chat (buyer traffic); ignored when `chatId` is given. */
  reuseChat?: boolean;
  /** Wildberries: a new chat without goodCard (the spec does not require it). */
  withoutGoodCard?: boolean;
  /** Avito: a non-text buyer message of this documented type instead of text. */
  avitoType?: "link" | "item" | "location" | "call" | "voice";
};
export type BuyerMessageResult = { chatId: string; messageId: string };
