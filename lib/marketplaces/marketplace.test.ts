import { describe, expect, it } from "vitest";

import { MARKETPLACES, marketplaceFromDb, marketplaceToDb } from "@/lib/marketplaces/marketplace";

describe("marketplace ids at the database edge", () => {
  it("round-trips every marketplace through the Prisma enum spelling", () => {
    expect(MARKETPLACES.map((marketplace) => marketplaceToDb({ marketplace }))).toEqual(["WILDBERRIES", "OZON", "YANDEX_MARKET", "AVITO", "AMAZON"]);
    for (const marketplace of MARKETPLACES) expect(marketplaceFromDb({ value: marketplaceToDb({ marketplace }) })).toBe(marketplace);
  });
  it("rejects unknown values", () => {
    expect(() => marketplaceFromDb({ value: "ALIEXPRESS" })).toThrow();
  });
});
