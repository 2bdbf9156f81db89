import { z } from "zod";
import { marketplaceSchema } from "@/lib/marketplaces/marketplace-schema";

export const productSettingInputSchema = z
  .object({
    marketplace: marketplaceSchema,
    productId: z.string().trim().min(1).max(100),
    title: z.string().trim().max(200).default(""),
    // Names or article numbers the cross-sell text lists; no links (the marketplaces forbid them).
    relatedProducts: z.array(z.string().trim().min(1).max(120)).max(10).default([]),
    consumable: z.boolean().default(false),
    refillDays: z.number().int().min(1).max(365).nullable().default(null),
  })
  .refine((v) => !v.consumable || v.refillDays !== null, {
    message: "A consumable product needs refill days",
    path: ["refillDays"],
  });
export type ProductSettingInput = z.infer<typeof productSettingInputSchema>;

export const PRODUCT_SETTING_SELECT = {
  id: true,
  marketplace: true,
  productId: true,
  title: true,
  relatedProducts: true,
  consumable: true,
  refillDays: true,
  updatedAt: true,
} as const;
