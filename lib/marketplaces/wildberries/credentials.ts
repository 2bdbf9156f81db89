import { z } from "zod";

export const wildberriesCredentialsSchema = z.object({
  /** API token from the seller cabinet; categories "Чат с покупателями" and "Вопросы и отзывы". */
  token: z.string().trim().min(10, "paste_whole"),
});
export type WildberriesCredentials = z.infer<typeof wildberriesCredentialsSchema>;

export const wildberriesBaseUrlsSchema = z.object({
  chat: z.url().default("https://buyer-chat-api.wildberries.ru"),
  feedbacks: z.url().default("https://feedbacks-api.wildberries.ru"),
});
export type WildberriesBaseUrls = z.infer<typeof wildberriesBaseUrlsSchema>;
