import { z } from "zod";

import type { Channel, Provider } from "@/lib/notify/channel";
import { channelSchema } from "@/lib/notify/channel";
import { sendExolveWhatsapp } from "@/lib/notify/exolve-whatsapp";
import { sendMetaWhatsappTemplate, sendMetaWhatsappText } from "@/lib/notify/meta-whatsapp";
import type { NotifyResult } from "@/lib/notify/notify-result";
import type { NotifyProviders } from "@/lib/notify/providers-config";
import { listConfiguredProviders, notifyProvidersSchema } from "@/lib/notify/providers-config";
import { e164Schema } from "@/lib/notify/recipient";
import { sendResendEmail } from "@/lib/notify/resend-email";
import { sendSmsRu } from "@/lib/notify/sms-ru";
import type { ReviewRequestTemplates } from "@/lib/review-requests/default-templates";
import type { RenderedReviewRequest } from "@/lib/review-requests/render-review-request";
import { renderReviewRequest } from "@/lib/review-requests/render-review-request";
import type { TemplateVariables } from "@/lib/review-requests/render-template";
import { renderTemplate } from "@/lib/review-requests/render-template";

/** Why nothing went out, as a code with values (worded by lib/review-requests/request-reason.ts). */
export type SendFailureReason =
  | { code: "not_configured" | "no_email"; params?: undefined }
  | { code: "missing_fields"; params: { fields: string } }
  | { code: "provider_timeout"; params: { provider: string } }
  | { code: "provider_failed"; params: { detail: string } };

export const NOT_CONFIGURED_REASON: SendFailureReason = { code: "not_configured" };

export const sendReviewRequestStatusSchema = z.enum(["sent", "failed", "not_configured"]);
export type SendReviewRequestStatus = z.infer<typeof sendReviewRequestStatusSchema>;

export type SendAttempt = { channel: Channel; provider: Provider; result: NotifyResult };

export type SendReviewRequestResult = {
  status: SendReviewRequestStatus;
  channel?: Channel;
  provider?: Provider;
  providerMessageId?: string;
  /** Set unless status is "sent". */
  reason?: SendFailureReason;
  /** Nothing went out and trying again later may work (timeouts, 5xx, 429). */
  retryable: boolean;
  /** One entry per provider call, in order: what the request log stores. */
  attempts: SendAttempt[];
};

const recipientSchema = z.object({ phone: e164Schema, email: z.email().optional() });

/**
 * Sends one review request, trying `channels` in order (planRequest's channel then its
 * fallbacks) and, inside a channel, each configured provider. Stops at the first success.
 * A timeout also stops the chain: the provider may have sent the message, and a fallback
 * would then reach the customer twice.
 */
export async function sendReviewRequest({
  channels,
  recipient: rawRecipient,
  variables,
  templates,
  providers: rawProviders,
  idempotencyKey,
}: {
  channels: Channel[];
  recipient: { phone: string; email?: string };
  variables: TemplateVariables;
  templates?: Partial<ReviewRequestTemplates>;
  providers: NotifyProviders;
  idempotencyKey: string;
}): Promise<SendReviewRequestResult> {
  const order = z.array(channelSchema).parse(channels);
  const recipient = recipientSchema.parse(rawRecipient);
  const providers = notifyProvidersSchema.parse(rawProviders);
  const message = renderReviewRequest({ templates, variables });
  const attempts: SendAttempt[] = [];

  const blocking = message.missingVariables.filter((name) => name !== "customerName");
  const configured = order.filter((channel) => listConfiguredProviders({ providers, channel }).length > 0);
  if (configured.length === 0)
    return { status: "not_configured", reason: NOT_CONFIGURED_REASON, retryable: false, attempts };
  const usable = configured.filter((channel) => channel !== "email" || recipient.email);
  if (usable.length === 0) {
    return { status: "failed", reason: { code: "no_email" }, retryable: false, attempts };
  }
  if (blocking.length > 0) {
    return {
      status: "failed",
      reason: { code: "missing_fields", params: { fields: blocking.join(", ") } },
      retryable: false,
      attempts,
    };
  }

  for (const channel of usable) {
    for (const provider of listConfiguredProviders({ providers, channel })) {
      const result = await callProvider({ provider, providers, recipient, message, variables, idempotencyKey });
      if (!result) continue;
      attempts.push({ channel, provider, result });
      if (result.ok) {
        return {
          status: "sent",
          channel,
          provider,
          providerMessageId: result.providerMessageId,
          retryable: false,
          attempts,
        };
      }
      if (result.errorKind === "timeout") {
        return {
          status: "failed",
          channel,
          provider,
          reason: { code: "provider_timeout", params: { provider } },
          retryable: true,
          attempts,
        };
      }
    }
  }
  const last = attempts.at(-1);
  return {
    status: "failed",
    channel: last?.channel,
    provider: last?.provider,
    reason: {
      code: "provider_failed",
      params: { detail: `${last?.provider ?? ""} ${last?.result.error ?? ""}`.trim() },
    },
    retryable: attempts.some((attempt) => attempt.result.retryable),
    attempts,
  };
}

async function callProvider({
  provider,
  providers,
  recipient,
  message,
  variables,
  idempotencyKey,
}: {
  provider: Provider;
  providers: z.output<typeof notifyProvidersSchema>;
  recipient: z.output<typeof recipientSchema>;
  message: RenderedReviewRequest;
  variables: TemplateVariables;
  idempotencyKey: string;
}): Promise<NotifyResult | undefined> {
  const { smsRu, metaWhatsapp, exolveWhatsapp, resend } = providers;
  switch (provider) {
    case "sms_ru":
      return smsRu && sendSmsRu({ config: smsRu, to: recipient.phone, text: message.sms.text });
    case "meta_whatsapp": {
      if (!metaWhatsapp) return undefined;
      if (!metaWhatsapp.template)
        return sendMetaWhatsappText({ config: metaWhatsapp, to: recipient.phone, text: message.whatsapp.text });
      const { name, languageCode, bodyParameters } = metaWhatsapp.template;
      return sendMetaWhatsappTemplate({
        config: metaWhatsapp,
        to: recipient.phone,
        template: {
          name,
          languageCode,
          // Meta rejects an empty parameter; only a missing customer name can be empty here
          // (businessName and reviewLink are checked before sending).
          bodyParameters: bodyParameters.map(
            (variable) => renderTemplate({ template: `{{${variable}}}`, variables }).text || "клиент",
          ),
        },
      });
    }
    case "exolve_whatsapp":
      return (
        exolveWhatsapp &&
        sendExolveWhatsapp({ config: exolveWhatsapp, to: recipient.phone, text: message.whatsapp.text })
      );
    case "resend":
      if (!resend || !recipient.email) return undefined;
      return sendResendEmail({
        config: resend,
        to: recipient.email,
        subject: message.email.subject,
        html: message.email.html,
        text: message.email.text,
        idempotencyKey,
      });
  }
}
