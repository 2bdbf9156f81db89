import { z } from "zod";

import type { ReviewSource } from "@/lib/generated/prisma/enums";

// The URL names a source by slug (/api/webhook/iiko); the database by enum (IIKO).
export const SOURCE_SLUGS = ["iiko", "rkeeper", "yclients", "amocrm"] as const;
export const sourceSlugSchema = z.enum(SOURCE_SLUGS);
export type SourceSlug = z.infer<typeof sourceSlugSchema>;

export const reviewSourceSchema = z.enum(["IIKO", "RKEEPER", "YCLIENTS", "AMOCRM"]) satisfies z.ZodType<ReviewSource>;

export const SOURCE_BY_SLUG: Readonly<Record<SourceSlug, ReviewSource>> = {
  iiko: "IIKO",
  rkeeper: "RKEEPER",
  yclients: "YCLIENTS",
  amocrm: "AMOCRM",
};

export const SOURCE_LABELS: Readonly<Record<ReviewSource, string>> = {
  IIKO: "iiko",
  RKEEPER: "R-Keeper",
  YCLIENTS: "YCLIENTS",
  AMOCRM: "amoCRM",
};

export function slugOfSource(source: ReviewSource): SourceSlug {
  return source.toLowerCase() as SourceSlug;
}

export function webhookPath(source: ReviewSource): string {
  return `/api/webhook/${slugOfSource(source)}`;
}
