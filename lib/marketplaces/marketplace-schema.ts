import { z } from "zod";
import { MARKETPLACES, normalizeMarketplace } from "@/lib/marketplaces/marketplace";

// The marketplace ids as zod schemas, for request bodies and stored settings (server side; the plain
// lists are in marketplace.ts, which the browser imports).
export const marketplaceSchema = z.enum(MARKETPLACES);

/** A marketplace in a link (query string, bookmark): old spellings (`OZON`, `yandex-market`) are read as today's id. */
export const marketplaceParamSchema = z.preprocess(
  (v) => (typeof v === "string" ? (normalizeMarketplace({ value: v }) ?? v) : v),
  marketplaceSchema,
);
