import { z } from "zod";

import { joinUrl, requestProvider } from "@/lib/notify/http-request";
import type { NotifyResult } from "@/lib/notify/notify-result";
import { timeoutMsSchema } from "@/lib/notify/notify-result";
import { failedResult, invalidRequest, sentResult, transportFailure } from "@/lib/notify/provider-result";
import { e164Schema, toProviderDigits } from "@/lib/notify/recipient";
import { summarizeProviderResponse, type ProviderSummary } from "@/lib/notify/summarize-response";

export const smsRuConfigSchema = z.object({
  apiKey: z.string().min(1), // SMS.ru calls it api_id
  from: z.string().min(1).optional(), // approved sender name; SMS.ru's default sender when absent
  baseUrl: z.url().default("https://sms.ru"),
  test: z.boolean().default(false), // test=1: SMS.ru validates and bills nothing, sends nothing
  timeoutMs: timeoutMsSchema,
});
export type SmsRuConfig = z.input<typeof smsRuConfigSchema>;

const smsRuNumberSchema = z.looseObject({
  status: z.string(),
  status_code: z.coerce.number(),
  status_text: z.string().optional(),
  sms_id: z.string().optional(),
});

// https://sms.ru/api/send (json=1): top-level status plus one entry per recipient number.
export const smsRuSendResponseSchema = z.looseObject({
  status: z.string(),
  status_code: z.coerce.number(),
  status_text: z.string().optional(),
  sms: z.record(z.string(), smsRuNumberSchema).optional(),
  balance: z.coerce.number().optional(),
});

export const smsRuBalanceResponseSchema = z.looseObject({
  status: z.string(),
  status_code: z.coerce.number(),
  status_text: z.string().optional(),
  balance: z.coerce.number().optional(),
});

export const smsRuStatusResponseSchema = z.looseObject({
  status: z.string(),
  status_code: z.coerce.number(),
  status_text: z.string().optional(),
  sms: z.record(z.string(), smsRuNumberSchema).optional(),
});

// 220: "service temporarily unavailable, try later". Everything else (bad key, no money,
// number in the stop list, daily limit) will fail the same way on retry.
const RETRYABLE_SMS_RU_CODES = new Set([220]);

// Per-message status codes from sms/status: 100-102 on the way, 103 delivered, 104-108 and 150 failed.
const DELIVERED_CODES = new Set([103, 110]);
const FAILED_CODES = new Set([104, 105, 106, 107, 108, 150]);

export async function sendSmsRu({
  config: rawConfig,
  to,
  text,
}: {
  config: SmsRuConfig;
  to: string;
  text: string;
}): Promise<NotifyResult> {
  const config = smsRuConfigSchema.parse(rawConfig);
  const secrets = [config.apiKey];
  const phone = e164Schema.safeParse(to);
  if (!phone.success || text.trim() === "") {
    return invalidRequest({ provider: "sms_ru", error: "invalid phone or empty text", secrets });
  }
  const digits = toProviderDigits(phone.data);
  const form = new URLSearchParams({ api_id: config.apiKey, to: digits, msg: text, json: "1" });
  if (config.from) form.set("from", config.from);
  if (config.test) form.set("test", "1");

  // POST keeps api_id out of URLs (and so out of proxy and access logs).
  const http = await requestProvider({
    url: joinUrl(config.baseUrl, "/sms/send"),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form.toString(),
    timeoutMs: config.timeoutMs,
  });
  if (http.kind !== "response" || http.httpStatus !== 200) {
    return transportFailure({ provider: "sms_ru", http, secrets, describeHttpError: describeSmsRuError });
  }
  const parsed = smsRuSendResponseSchema.safeParse(http.json);
  if (!parsed.success) {
    return failedResult({
      provider: "sms_ru",
      error: "unexpected SMS.ru response",
      errorKind: "invalid_response",
      retryable: false,
      httpStatus: 200,
      response: http.json ?? http.text,
      secrets,
    });
  }
  const body = parsed.data;
  if (body.status !== "OK") {
    return failedResult({
      provider: "sms_ru",
      error: smsRuError(body.status_code, body.status_text, "error"),
      errorKind: "provider",
      retryable: RETRYABLE_SMS_RU_CODES.has(body.status_code),
      httpStatus: 200,
      response: body,
      secrets,
    });
  }
  const entry = body.sms?.[digits] ?? Object.values(body.sms ?? {})[0];
  if (!entry) {
    return failedResult({
      provider: "sms_ru",
      error: "SMS.ru answered OK without a per-number result",
      errorKind: "invalid_response",
      retryable: false,
      httpStatus: 200,
      response: body,
      secrets,
    });
  }
  if (entry.status !== "OK") {
    return failedResult({
      provider: "sms_ru",
      error: smsRuError(entry.status_code, entry.status_text, "number refused"),
      errorKind: "provider",
      retryable: RETRYABLE_SMS_RU_CODES.has(entry.status_code),
      httpStatus: 200,
      response: body,
      secrets,
    });
  }
  return sentResult({ provider: "sms_ru", providerMessageId: entry.sms_id, httpStatus: 200, response: body, secrets });
}

export type SmsRuBalanceResult =
  | { ok: true; balance: number; providerResponse: ProviderSummary }
  | { ok: false; error: string; providerResponse: ProviderSummary | null };

/** my/balance: the account balance in roubles, for the settings page. */
export async function getSmsRuBalance({ config: rawConfig }: { config: SmsRuConfig }): Promise<SmsRuBalanceResult> {
  const config = smsRuConfigSchema.parse(rawConfig);
  const secrets = [config.apiKey];
  const http = await requestProvider({
    url: joinUrl(config.baseUrl, "/my/balance"),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ api_id: config.apiKey, json: "1" }).toString(),
    timeoutMs: config.timeoutMs,
  });
  if (http.kind !== "response") {
    const error =
      http.kind === "timeout"
        ? "timeout"
        : http.kind === "refused"
          ? `refused: ${http.reason}`
          : `network: ${http.message}`;
    return { ok: false, error, providerResponse: null };
  }
  const providerResponse = summarizeProviderResponse({ httpStatus: http.httpStatus, value: http.json, secrets });
  const parsed = smsRuBalanceResponseSchema.safeParse(http.json);
  if (http.httpStatus !== 200 || !parsed.success) {
    return { ok: false, error: `HTTP ${http.httpStatus}: unexpected SMS.ru response`, providerResponse };
  }
  if (parsed.data.status !== "OK" || parsed.data.balance === undefined) {
    return {
      ok: false,
      error: smsRuError(parsed.data.status_code, parsed.data.status_text, "error"),
      providerResponse,
    };
  }
  return { ok: true, balance: parsed.data.balance, providerResponse };
}

/** sms/status: lets the job layer upgrade a logged "sent" to "delivered" or "failed". */
export async function getSmsRuStatus({
  config: rawConfig,
  smsId,
}: {
  config: SmsRuConfig;
  smsId: string;
}): Promise<NotifyResult> {
  const config = smsRuConfigSchema.parse(rawConfig);
  const secrets = [config.apiKey];
  const http = await requestProvider({
    url: joinUrl(config.baseUrl, "/sms/status"),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ api_id: config.apiKey, sms_id: smsId, json: "1" }).toString(),
    timeoutMs: config.timeoutMs,
  });
  if (http.kind !== "response" || http.httpStatus !== 200) {
    return transportFailure({ provider: "sms_ru", http, secrets, describeHttpError: describeSmsRuError });
  }
  const parsed = smsRuStatusResponseSchema.safeParse(http.json);
  const entry = parsed.success ? parsed.data.sms?.[smsId] : undefined;
  if (!parsed.success || parsed.data.status !== "OK" || !entry) {
    return failedResult({
      provider: "sms_ru",
      error: "SMS.ru status unavailable",
      errorKind: "invalid_response",
      retryable: true,
      httpStatus: 200,
      response: http.json ?? http.text,
      secrets,
    });
  }
  const base = sentResult({
    provider: "sms_ru",
    providerMessageId: smsId,
    httpStatus: 200,
    response: parsed.data,
    secrets,
  });
  if (DELIVERED_CODES.has(entry.status_code)) return { ...base, status: "delivered" };
  if (FAILED_CODES.has(entry.status_code)) {
    return {
      ...base,
      ok: false,
      status: "failed",
      error: smsRuError(entry.status_code, entry.status_text, "not delivered"),
      errorKind: "provider",
    };
  }
  return base;
}

/** SMS.ru's code and own words; where it gave none, a technical word of ours, like the other provider errors. */
function smsRuError(code: number, text: string | undefined, fallback: string): string {
  return `SMS.ru ${code}: ${text ?? fallback}`;
}

function describeSmsRuError(json: unknown): string | undefined {
  const parsed = smsRuBalanceResponseSchema.safeParse(json);
  return parsed.success ? parsed.data.status_text : undefined;
}
