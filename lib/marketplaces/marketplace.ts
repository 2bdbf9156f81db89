// The marketplace ids: one spelling in URLs, code and the database (the Prisma enum `Marketplace` has
// these values). Plain data, no zod: the browser's inbox imports these through the marketplace registry,
// and a schema library in that bundle would cost every page load ~30 KB of gzip for five strings.
export const MARKETPLACES = ["wildberries", "ozon", "yandex_market", "avito", "amazon"] as const;

export type Marketplace = (typeof MARKETPLACES)[number];

/**
 * The id a link or an old record spells another way (`OZON`, `YANDEX_MARKET`, `yandex-market`), or null
 * when it names no marketplace. For values from outside only (query strings, bookmarks, old JSON).
 */
export function normalizeMarketplace({ value }: { value: string }): Marketplace | null {
  const id = value.trim().toLowerCase().replaceAll("-", "_");
  return MARKETPLACES.find((m) => m === id) ?? null;
}
