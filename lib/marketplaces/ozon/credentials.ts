import { z } from "zod";

export const ozonCredentialsSchema = z.object({
  clientId: z.string().trim().regex(/^\d+$/, "digits_only"),
  apiKey: z.string().trim().min(8, "paste_whole"),
});
export type OzonCredentials = z.infer<typeof ozonCredentialsSchema>;

export const ozonBaseUrlsSchema = z.object({
  api: z.url().default("https://api-seller.ozon.ru"),
});
export type OzonBaseUrls = z.infer<typeof ozonBaseUrlsSchema>;
