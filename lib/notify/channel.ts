import { z } from "zod";

export const channelSchema = z.enum(["sms", "whatsapp", "email"]);
export type Channel = z.infer<typeof channelSchema>;

export const providerSchema = z.enum(["sms_ru", "meta_whatsapp", "exolve_whatsapp", "resend"]);
export type Provider = z.infer<typeof providerSchema>;

// Order inside a channel is the order we try providers in: Meta is the official WhatsApp
// route, Exolve the fallback when Meta is not set up or refuses the message.
export const CHANNEL_PROVIDERS: Readonly<Record<Channel, readonly Provider[]>> = {
  sms: ["sms_ru"],
  whatsapp: ["meta_whatsapp", "exolve_whatsapp"],
  email: ["resend"],
};

// SMS and WhatsApp both make the phone buzz, so both respect quiet hours; an email waits
// silently in the inbox and goes out at any hour.
export const QUIET_HOURS_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(["sms", "whatsapp"]);
