import { z } from "zod";

export const yandexMarketCredentialsSchema = z.object({
  apiKey: z.string().trim().min(8, "paste_whole"),
  businessId: z.string().trim().regex(/^\d+$/, "digits_only"),
});
export type YandexMarketCredentials = z.infer<typeof yandexMarketCredentialsSchema>;

export const yandexMarketBaseUrlsSchema = z.object({
  api: z.url().default("https://api.partner.market.yandex.ru"),
});
export type YandexMarketBaseUrls = z.infer<typeof yandexMarketBaseUrlsSchema>;
