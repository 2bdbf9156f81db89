import type { SeededDraws } from "@/lib/marketplaces/simulator/random";

// Ids of the demo world in each marketplace's own format (the official specs in ../shared/marketplace-apis/ describe them), drawn
// from the one seeded generator, so the database seed and the simulator's demo world name the same things.

export type DemoMarketplace = "wildberries" | "ozon" | "yandex_market" | "avito" | "amazon";

/** Order numbers as buyers see them: WB and YM numeric, Ozon posting numbers, Amazon order ids; Avito has none. */
export function demoOrderNumber(r: SeededDraws, marketplace: DemoMarketplace): string | null {
  switch (marketplace) {
    case "wildberries":
      return r.number(10);
    case "ozon":
      return `${r.number(8)}-${r.digits(4)}-1`;
    case "yandex_market":
      return r.number(9);
    case "amazon":
      return `${r.int(111, 408)}-${r.digits(7)}-${r.digits(7)}`;
    case "avito":
      return null;
  }
}

/** A conversation's id: WB chat `1:<uuid>`, WB feedback/question 20 characters, Ozon UUID, YM and its reviews int64, Avito `u2i-…`, Amazon the order. */
export function demoConversationId(
  r: SeededDraws,
  marketplace: DemoMarketplace,
  kind: "CHAT" | "QUESTION" | "REVIEW",
  order: string | null,
): string {
  if (marketplace === "wildberries") return kind === "CHAT" ? `1:${r.uuid()}` : r.alnum(20);
  if (marketplace === "ozon") return r.uuid();
  if (marketplace === "yandex_market") return r.number(kind === "CHAT" ? 8 : 9);
  if (marketplace === "avito") return `u2i-${r.alnum(22)}`;
  return order!;
}

/** Message ids: WB event UUIDs, Ozon/YM numbers (Ozon's pass 2^53 in production), Avito hex; reviews and questions `kind:id`. */
export function demoMessageId({
  r,
  marketplace,
  n,
  k,
}: {
  r: SeededDraws;
  marketplace: DemoMarketplace;
  n: number;
  k: number;
}): string {
  // Below the simulator's next ids, so what is written later sorts after the demo.
  if (marketplace === "ozon") return String(3_000_000_000_000_000_000n + BigInt(n * 100 + k));
  if (marketplace === "yandex_market") return String(3_000_000_000_000_000 + n * 100 + k);
  if (marketplace === "wildberries") return r.uuid();
  return r.hex(32);
}

/** Wildberries answers into a chat only with its replySign: `<chatID>:<number>:<hash>`. */
export function demoReplySign(r: SeededDraws, chatId: string): string {
  return `${chatId}:${r.number(8)}:${r.hex(128)}`;
}
