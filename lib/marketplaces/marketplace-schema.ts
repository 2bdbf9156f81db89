import { z } from "zod";
import { MARKETPLACES, marketplaceToDb, type DbMarketplace } from "@/lib/marketplaces/marketplace";

// The marketplace ids as zod schemas, for request bodies and stored settings (server side; the plain
// lists are in marketplace.ts, which the browser imports).
export const marketplaceSchema = z.enum(MARKETPLACES);

const DB_MARKETPLACE_NAMES = MARKETPLACES.map((marketplace) => marketplaceToDb({ marketplace }));
export const dbMarketplaceSchema = z.enum(DB_MARKETPLACE_NAMES as [DbMarketplace, ...DbMarketplace[]]);
