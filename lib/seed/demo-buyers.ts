import { createSeededRandom, seededDraws } from "@/lib/marketplaces/simulator/random";
import type { DemoMarketplace } from "@/lib/seed/demo-ids";

// The demo's buyers: the marketplace's own buyer id where its API gives one (Wildberries clientID, a
// numeric string; Yandex Market customer.publicId; Avito's numeric user id; Ozon and Amazon give none), and
// some buyers who wrote more than once, so the buyer panel lists their other chats. Drawn from a generator
// of its own, so the rest of the demo (ids, texts, times) stays what the main seed draws.

/** About one chat in three on a marketplace with buyer ids comes from a buyer who already wrote. */
const RETURNING_SHARE = 0.35;
const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

export type DemoBuyer = { name: string; buyerId: string | null };

export function createDemoBuyers(seed: number) {
  const r = seededDraws(createSeededRandom(seed ^ 0x5eed_b0b));
  const seen = new Map<DemoMarketplace, DemoBuyer[]>();
  const newId = (marketplace: DemoMarketplace): string | null => {
    if (marketplace === "wildberries") return r.number(8);
    if (marketplace === "yandex_market") return Array.from({ length: 26 }, () => r.pick([...LOWER_ALNUM])).join("");
    if (marketplace === "avito") return r.number(9);
    return null;
  };
  /** The buyer of the next chat: a returning one of this marketplace, or `drawnName` with a new id. */
  return function nextBuyer({
    marketplace,
    drawnName,
  }: {
    marketplace: DemoMarketplace;
    drawnName: string;
  }): DemoBuyer {
    const earlier = seen.get(marketplace) ?? [];
    const returning = earlier.length > 0 && r.next() < RETURNING_SHARE;
    if (returning) return r.pick(earlier);
    const buyer = { name: drawnName, buyerId: newId(marketplace) };
    if (buyer.buyerId) seen.set(marketplace, [...earlier, buyer]);
    return buyer;
  };
}
