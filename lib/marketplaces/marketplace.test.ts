import { describe, expect, it } from "vitest";

import { MARKETPLACES, normalizeMarketplace } from "@/lib/marketplaces/marketplace";
import { marketplaceParamSchema } from "@/lib/marketplaces/marketplace-schema";

describe("marketplace ids", () => {
  it("are the same lower-case ids the database enum holds", () => {
    expect(MARKETPLACES).toEqual(["wildberries", "ozon", "yandex_market", "avito", "amazon"]);
  });

  it("read the spellings of earlier links and records as today's id", () => {
    for (const [old, id] of [
      ["OZON", "ozon"],
      ["YANDEX_MARKET", "yandex_market"],
      ["yandex-market", "yandex_market"],
      [" Wildberries ", "wildberries"],
      ["amazon", "amazon"],
    ] as const) {
      expect(normalizeMarketplace({ value: old })).toBe(id);
      expect(marketplaceParamSchema.parse(old)).toBe(id);
    }
  });

  it("reject anything that names no marketplace", () => {
    expect(normalizeMarketplace({ value: "ALIEXPRESS" })).toBeNull();
    expect(normalizeMarketplace({ value: "" })).toBeNull();
    expect(marketplaceParamSchema.safeParse("yandex market").success).toBe(false);
    expect(marketplaceParamSchema.safeParse(7).success).toBe(false);
  });
});
