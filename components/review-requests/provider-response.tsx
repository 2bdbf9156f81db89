"use client";

import { useI18n } from "@/components/providers";

// What a review request's stored outcome says, in words: the message that would have gone out when no
// provider is set up, or each provider attempt (channel, provider, result, the provider's own code and
// message). Shapes come from lib/review-requests/shown-provider-response.ts; anything else shows nothing.

type Preview = { notSent: true; channels: string[]; sms?: string };
type Attempt = {
  channel: string | null;
  provider: string | null;
  status: string | null;
  httpStatus: number | null;
  error: string | null;
  response: { code?: string; message?: string } | null;
};

const PROVIDER_KEYS = { sms_ru: "smsRu", meta_whatsapp: "meta", exolve_whatsapp: "exolve", resend: "resend" } as const;
const STATUS_KEYS = { sent: "SENT", delivered: "DELIVERED", failed: "FAILED" } as const;

const isPreview = (v: unknown): v is Preview => typeof v === "object" && v !== null && "notSent" in v;

export function providerLabel(
  provider: string | null,
  labels: Record<(typeof PROVIDER_KEYS)[keyof typeof PROVIDER_KEYS], string>,
): string | null {
  const key = provider ? PROVIDER_KEYS[provider as keyof typeof PROVIDER_KEYS] : undefined;
  return key ? labels[key] : null;
}

export function ProviderResponse({ value }: { value: unknown }) {
  const { t } = useI18n();
  const tr = t.reviews.log;
  const channelName = (c: string | null) =>
    c && c in t.reviews.channel ? t.reviews.channel[c as keyof typeof t.reviews.channel] : null;
  if (isPreview(value)) {
    return value.sms ? (
      <div className="mt-1 text-xs" data-testid="review-request-message">
        <p className="text-slate-500">{tr.unsentMessage}</p>
        <p className="mt-0.5 rounded bg-slate-50 p-2 whitespace-pre-wrap text-slate-800">{value.sms}</p>
      </div>
    ) : null;
  }
  if (!Array.isArray(value) || value.length === 0) return null;
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-slate-500">{tr.providerResponse}</summary>
      <ul className="mt-1 space-y-1 rounded bg-slate-50 p-2 text-slate-700">
        {(value as Attempt[]).map((a, i) => {
          const status =
            a.status && a.status in STATUS_KEYS ? tr.status[STATUS_KEYS[a.status as keyof typeof STATUS_KEYS]] : null;
          const detail = [a.response?.code, a.response?.message ?? a.error].filter(Boolean).join(": ");
          return (
            <li key={i}>
              {[
                channelName(a.channel),
                providerLabel(a.provider, t.reviews.settings.provider),
                status,
                a.httpStatus ? `HTTP ${a.httpStatus}` : null,
              ]
                .filter(Boolean)
                .join(" · ")}
              {detail ? <span className="block text-slate-600">{detail}</span> : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
