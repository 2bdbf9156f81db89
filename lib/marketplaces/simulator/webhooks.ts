import { stringifyJson } from "@/lib/marketplaces/http/json";
import type { Marketplace } from "@/lib/marketplaces/marketplace";

// Delivers pushes the way each marketplace does: JSON POST to the registered URL. Yandex Market calls
// `{base URL}/notification`; Ozon and Avito call the URL as registered.

export type WebhookDelivery = {
  marketplace: Marketplace;
  url: string;
  payload: unknown;
  status: number | null;
  error: string | null;
  at: string;
};

export function webhookUrlFor(marketplace: Marketplace, target: string): string {
  return marketplace === "yandex_market" ? `${target.replace(/\/$/, "")}/notification` : target;
}

const RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000];
const retryable = (status: number | null) => status === null || status === 429 || status >= 500;

/**
 * One push, delivered as the marketplaces do: a timeout, a dropped connection, a 429 or a 5xx is
 * retried a few times with back-off (the receiver's deduplication makes a repeat harmless); any other
 * answer is final. Resolves with the last attempt.
 */
export async function deliverWebhook({
  marketplace,
  target,
  payload,
  timeoutMs = 5_000,
  retryDelaysMs = RETRY_DELAYS_MS,
}: {
  marketplace: Marketplace;
  target: string;
  payload: unknown;
  timeoutMs?: number;
  retryDelaysMs?: readonly number[];
}): Promise<WebhookDelivery> {
  let delivery = await attempt({ marketplace, target, payload, timeoutMs });
  for (const delay of retryDelaysMs) {
    if (!retryable(delivery.status)) break;
    await new Promise((resolve) => setTimeout(resolve, delay));
    delivery = await attempt({ marketplace, target, payload, timeoutMs });
  }
  return delivery;
}

async function attempt({
  marketplace,
  target,
  payload,
  timeoutMs,
}: {
  marketplace: Marketplace;
  target: string;
  payload: unknown;
  timeoutMs: number;
}): Promise<WebhookDelivery> {
  const url = webhookUrlFor(marketplace, target);
  const at = new Date().toISOString();
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stringifyJson(payload),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.arrayBuffer();
    return { marketplace, url, payload, status: res.status, error: null, at };
  } catch (error) {
    return { marketplace, url, payload, status: null, error: (error as Error).message, at };
  }
}
