import { z } from "zod";

/**
 * client_credentials (own account: clientId + clientSecret) or authorization-code (a seller connecting theirs:
 * + refreshToken, rotated on every refresh and handed back through onCredentialsChange).
 */
export const avitoCredentialsSchema = z.object({
  clientId: z.string().trim().min(4, "Вставьте client_id целиком"),
  clientSecret: z.string().trim().min(4, "Вставьте client_secret целиком"),
  userId: z.string().trim().regex(/^\d+$/, "Номер профиля — это число").optional(),
  refreshToken: z.string().trim().min(4).optional(),
});
export type AvitoCredentials = z.infer<typeof avitoCredentialsSchema>;

export const avitoBaseUrlsSchema = z.object({
  api: z.url().default("https://api.avito.ru"),
  authorize: z.url().default("https://avito.ru/oauth"),
});
export type AvitoBaseUrls = z.infer<typeof avitoBaseUrlsSchema>;
