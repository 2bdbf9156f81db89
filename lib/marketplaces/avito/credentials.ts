import { z } from "zod";

/**
 * client_credentials (own account: clientId + clientSecret) or authorization-code (a seller connecting theirs:
 * + refreshToken, rotated on every refresh and handed back through onCredentialsChange). Issue messages here
 * and in the other marketplaces' credentials are codes the connect form words (lib/i18n: accounts.issues).
 */
export const avitoCredentialsSchema = z.object({
  clientId: z.string().trim().min(4, "paste_whole"),
  clientSecret: z.string().trim().min(4, "paste_whole"),
  userId: z.string().trim().regex(/^\d+$/, "digits_only").optional(),
  refreshToken: z.string().trim().min(4).optional(),
});
export type AvitoCredentials = z.infer<typeof avitoCredentialsSchema>;

export const avitoBaseUrlsSchema = z.object({
  api: z.url().default("https://api.avito.ru"),
  authorize: z.url().default("https://avito.ru/oauth"),
});
export type AvitoBaseUrls = z.infer<typeof avitoBaseUrlsSchema>;
