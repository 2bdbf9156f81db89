import { z } from "zod";

import type { Channel, Provider } from "@/lib/notify/channel";
import { CHANNEL_PROVIDERS } from "@/lib/notify/channel";
import { exolveWhatsappConfigSchema } from "@/lib/notify/exolve-whatsapp";
import { metaWhatsappConfigSchema } from "@/lib/notify/meta-whatsapp";
import { resendConfigSchema } from "@/lib/notify/resend-email";
import { smsRuConfigSchema } from "@/lib/notify/sms-ru";
import { notifyCredentialsSchema, type NotifyCredentials } from "@/lib/notify/credentials-schema";

/** A provider is configured exactly when its entry is present. */
export const notifyProvidersSchema = z.object({
  smsRu: smsRuConfigSchema.optional(),
  metaWhatsapp: metaWhatsappConfigSchema.optional(),
  exolveWhatsapp: exolveWhatsappConfigSchema.optional(),
  resend: resendConfigSchema.optional(),
});
export type NotifyProviders = z.input<typeof notifyProvidersSchema>;

/** Why a provider is not used: keys half set (the missing fields named), or stored keys that cannot be read. Worded on the settings page. */
export type ProviderProblem =
  { code: "missing_keys"; provider: string; fields: string[] } | { code: "unreadable_keys" };

/** The providers' hosts; unset keeps each sender's default (the provider's own host). Server configuration only. */
export type NotifyProviderHosts = { smsRu?: string; metaWhatsapp?: string; exolveWhatsapp?: string; resend?: string };

/**
 * Turns flat credentials into provider configs, leaving out every provider whose keys are not
 * all set. `problems` names half-configured providers so the settings page can say what is
 * missing instead of silently not sending.
 */
export function buildNotifyProviders({
  credentials,
  hosts = {},
}: {
  credentials: NotifyCredentials;
  hosts?: NotifyProviderHosts;
}): {
  providers: NotifyProviders;
  problems: ProviderProblem[];
} {
  const c = notifyCredentialsSchema.parse(credentials);
  const providers: NotifyProviders = {};
  const problems: ProviderProblem[] = [];

  const check = (name: string, required: Record<string, string | undefined>): boolean => {
    const missing = Object.entries(required)
      .filter(([, value]) => !value)
      .map(([key]) => key);
    if (missing.length === 0) return true;
    if (missing.length < Object.keys(required).length)
      problems.push({ code: "missing_keys", provider: name, fields: missing });
    return false;
  };

  if (check("SMS.ru", { smsRuApiKey: c.smsRuApiKey }) && c.smsRuApiKey) {
    providers.smsRu = { apiKey: c.smsRuApiKey, from: c.smsRuSender, baseUrl: hosts.smsRu };
  }
  if (
    check("Meta WhatsApp", { metaAccessToken: c.metaAccessToken, metaPhoneNumberId: c.metaPhoneNumberId }) &&
    c.metaAccessToken &&
    c.metaPhoneNumberId
  ) {
    providers.metaWhatsapp = {
      accessToken: c.metaAccessToken,
      phoneNumberId: c.metaPhoneNumberId,
      apiVersion: c.metaApiVersion,
      baseUrl: hosts.metaWhatsapp,
      template: c.metaTemplateName ? { name: c.metaTemplateName, languageCode: c.metaTemplateLanguage } : undefined,
    };
  }
  if (
    check("Exolve WhatsApp", {
      exolveApiKey: c.exolveApiKey,
      exolveSenderId: c.exolveSenderId,
      exolveSendPath: c.exolveSendPath,
    }) &&
    c.exolveApiKey &&
    c.exolveSenderId &&
    c.exolveSendPath
  ) {
    providers.exolveWhatsapp = {
      apiKey: c.exolveApiKey,
      senderId: c.exolveSenderId,
      sendPath: c.exolveSendPath,
      baseUrl: hosts.exolveWhatsapp,
    };
  }
  if (check("Resend", { resendApiKey: c.resendApiKey, resendFrom: c.resendFrom }) && c.resendApiKey && c.resendFrom) {
    providers.resend = { apiKey: c.resendApiKey, from: c.resendFrom, baseUrl: hosts.resend };
  }
  // zod fills defaults and rejects a malformed phone number id or send path up front.
  return { providers: notifyProvidersSchema.parse(providers), problems };
}

const PROVIDER_KEYS: Record<Provider, keyof NotifyProviders> = {
  sms_ru: "smsRu",
  meta_whatsapp: "metaWhatsapp",
  exolve_whatsapp: "exolveWhatsapp",
  resend: "resend",
};

export function listConfiguredProviders({
  providers,
  channel,
}: {
  providers: NotifyProviders;
  channel: Channel;
}): Provider[] {
  return CHANNEL_PROVIDERS[channel].filter((provider) => providers[PROVIDER_KEYS[provider]] !== undefined);
}

/** Channels with at least one configured provider: the planner's `configuredChannels`. */
export function listConfiguredChannels({ providers }: { providers: NotifyProviders }): Channel[] {
  return (Object.keys(CHANNEL_PROVIDERS) as Channel[]).filter(
    (channel) => listConfiguredProviders({ providers, channel }).length > 0,
  );
}
