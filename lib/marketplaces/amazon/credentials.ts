import { z } from "zod";

export const AMAZON_REGIONS = {
  na: "https://sellingpartnerapi-na.amazon.com",
  eu: "https://sellingpartnerapi-eu.amazon.com",
  fe: "https://sellingpartnerapi-fe.amazon.com",
} as const;

export const amazonCredentialsSchema = z.object({
  refreshToken: z.string().trim().startsWith("Atzr|", "starts_with_atzr"),
  clientId: z.string().trim().min(8),
  clientSecret: z.string().trim().min(8),
  /** e.g. ATVPDKIKX0DER (US), A1PA6795UKMFR9 (DE). The API takes exactly one per call. */
  marketplaceId: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{10,14}$/, "marketplace_id_format"),
  region: z.enum(["na", "eu", "fe"]),
});
export type AmazonCredentials = z.infer<typeof amazonCredentialsSchema>;

export const amazonBaseUrlsSchema = z.object({
  /** Defaults to the region's SP-API host. */
  api: z.url().optional(),
  lwa: z.url().default("https://api.amazon.com"),
});
export type AmazonBaseUrls = z.infer<typeof amazonBaseUrlsSchema>;
