import { z } from "zod";

export const yandexMarketCredentialsSchema = z.object({
  apiKey: z.string().trim().min(8, "Вставьте API-ключ целиком"),
  businessId: z.string().trim().regex(/^\d+$/, "ID кабинета — это число"),
});
export type YandexMarketCredentials = z.infer<typeof yandexMarketCredentialsSchema>;

export const yandexMarketBaseUrlsSchema = z.object({
  api: z.url().default("https://api.partner.market.yandex.ru"),
});
export type YandexMarketBaseUrls = z.infer<typeof yandexMarketBaseUrlsSchema>;
