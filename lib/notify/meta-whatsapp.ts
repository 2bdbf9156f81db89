import { z } from "zod";

import { joinUrl } from "@/lib/notify/http-request";
import type { NotifyResult } from "@/lib/notify/notify-result";
import { timeoutMsSchema } from "@/lib/notify/notify-result";
import { postBearerJson } from "@/lib/notify/post-bearer-json";
import { invalidRequest } from "@/lib/notify/provider-result";
import { e164Schema, toProviderDigits } from "@/lib/notify/recipient";

export const metaTemplateVariableSchema = z.enum(["customerName", "businessName", "reviewLink"]);

export const metaWhatsappConfigSchema = z.object({
  accessToken: z.string().min(1),
  phoneNumberId: z.string().regex(/^\d+$/, "phone number id is numeric"),
  apiVersion: z
    .string()
    .regex(/^v\d+\.\d+$/)
    .default("v21.0"),
  baseUrl: z.url().default("https://graph.facebook.com"),
  timeoutMs: timeoutMsSchema,
  // A business may open a WhatsApp conversation only with an approved template; free text is
  // accepted only inside the 24h window after the customer wrote to us. So review requests go
  // as a template whenever one is configured. bodyParameters maps our variables onto the
  // template's {{1}}, {{2}}, ... in order.
  template: z
    .object({
      name: z.string().min(1),
      languageCode: z.string().min(2).default("ru"),
      bodyParameters: z.array(metaTemplateVariableSchema).default(["businessName", "reviewLink"]),
    })
    .optional(),
});
export type MetaWhatsappConfig = z.input<typeof metaWhatsappConfigSchema>;

// POST /{version}/{phone-number-id}/messages
export const metaSendResponseSchema = z.looseObject({
  messaging_product: z.literal("whatsapp").optional(),
  contacts: z.array(z.looseObject({ input: z.string().optional(), wa_id: z.string().optional() })).optional(),
  messages: z.array(z.looseObject({ id: z.string(), message_status: z.string().optional() })).min(1),
});

export const metaErrorResponseSchema = z.looseObject({
  error: z.looseObject({
    message: z.string().optional(),
    type: z.string().optional(),
    code: z.number().optional(),
    error_subcode: z.number().optional(),
    error_data: z.looseObject({ details: z.string().optional() }).optional(),
    fbtrace_id: z.string().optional(),
  }),
});

export const metaTemplateMessageSchema = z.object({
  name: z.string().min(1),
  languageCode: z.string().min(2),
  bodyParameters: z.array(z.string().min(1)),
});
export type MetaTemplateMessage = z.infer<typeof metaTemplateMessageSchema>;

export async function sendMetaWhatsappText({
  config,
  to,
  text,
}: {
  config: MetaWhatsappConfig;
  to: string;
  text: string;
}): Promise<NotifyResult> {
  if (text.trim() === "") return invalidMetaRequest(config, "empty text");
  return postMessage({ config, to, message: { type: "text", text: { preview_url: true, body: text } } });
}

export async function sendMetaWhatsappTemplate({
  config,
  to,
  template,
}: {
  config: MetaWhatsappConfig;
  to: string;
  template: MetaTemplateMessage;
}): Promise<NotifyResult> {
  const parsed = metaTemplateMessageSchema.safeParse(template);
  // Meta rejects empty parameters (error 131008), so catch them before the call.
  if (!parsed.success) return invalidMetaRequest(config, "template parameters must be non-empty");
  const components = parsed.data.bodyParameters.length
    ? [{ type: "body", parameters: parsed.data.bodyParameters.map((value) => ({ type: "text", text: value })) }]
    : [];
  return postMessage({
    config,
    to,
    message: {
      type: "template",
      template: { name: parsed.data.name, language: { code: parsed.data.languageCode }, components },
    },
  });
}

async function postMessage({
  config: rawConfig,
  to,
  message,
}: {
  config: MetaWhatsappConfig;
  to: string;
  message: Record<string, unknown>;
}): Promise<NotifyResult> {
  const config = metaWhatsappConfigSchema.parse(rawConfig);
  const phone = e164Schema.safeParse(to);
  if (!phone.success) return invalidMetaRequest(rawConfig, "invalid phone");
  return postBearerJson({
    provider: "meta_whatsapp",
    vendorName: "Meta",
    url: joinUrl(config.baseUrl, `/${config.apiVersion}/${config.phoneNumberId}/messages`),
    token: config.accessToken,
    body: { messaging_product: "whatsapp", recipient_type: "individual", to: toProviderDigits(phone.data), ...message },
    timeoutMs: config.timeoutMs,
    responseSchema: metaSendResponseSchema,
    messageIdOf: (response) => response.messages[0]?.id,
    describeHttpError: describeMetaError,
  });
}

function describeMetaError(json: unknown): string | undefined {
  const parsed = metaErrorResponseSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { code, message, error_data: data } = parsed.data.error;
  return [code === undefined ? undefined : `#${code}`, message, data?.details].filter(Boolean).join(" ");
}

function invalidMetaRequest(config: MetaWhatsappConfig, error: string): NotifyResult {
  return invalidRequest({ provider: "meta_whatsapp", error, secrets: [config.accessToken] });
}
