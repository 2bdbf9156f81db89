import { z } from "zod";

// Apart from the senders, so the settings form in the browser validates with the same schema as the route.
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

// Flat credentials as lib/env.ts (or a workspace's stored settings) holds them. Names follow
// the seed's variables: SMSRU_API_KEY -> smsRuApiKey, META_WHATSAPP_ACCESS_TOKEN -> metaAccessToken ...
// No host or base URL: a workspace never chooses where the server sends (the providers' own hosts, or
// the server's NOTIFY_*_BASE_URL stand-ins). A base URL stored before that is dropped when read.
export const notifyCredentialsSchema = z.object({
  smsRuApiKey: optionalText,
  smsRuSender: optionalText,
  metaAccessToken: optionalText,
  metaPhoneNumberId: optionalText,
  metaApiVersion: optionalText,
  metaTemplateName: optionalText,
  metaTemplateLanguage: optionalText,
  exolveApiKey: optionalText,
  exolveSenderId: optionalText,
  exolveSendPath: optionalText,
  resendApiKey: optionalText,
  resendFrom: optionalText,
});
export type NotifyCredentials = z.input<typeof notifyCredentialsSchema>;
