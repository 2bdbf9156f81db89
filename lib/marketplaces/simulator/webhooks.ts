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

export async function deliverWebhook({
  marketplace,
  target,
  payload,
  timeoutMs = 5_000,
}: {
  marketplace: Marketplace;
  target: string;
  payload: unknown;
  timeoutMs?: number;
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
