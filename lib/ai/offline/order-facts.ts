import type { OrderContext } from "@/lib/ai/types";
import { displayOrderNumber } from "@/lib/text/order-number";

// Order facts as a buyer may read them: a status in plain words, never the marketplace's code
// ("OPENED", "awaiting_deliver"), and an order number only when it is one the buyer recognises,
// never a hash or a UUID.

const STATUS_LABELS: Record<string, { ru: string; en: string }> = {
  awaiting_registration: { ru: "оформляется", en: "being registered" },
  awaiting_approve: { ru: "ожидает подтверждения", en: "awaiting confirmation" },
  awaiting_packaging: { ru: "собирается", en: "being packed" },
  processing: { ru: "собирается", en: "being packed" },
  awaiting_deliver: { ru: "готов к отправке", en: "ready to ship" },
  ready_to_ship: { ru: "готов к отправке", en: "ready to ship" },
  shipped: { ru: "отправлен", en: "shipped" },
  delivering: { ru: "в пути", en: "on its way" },
  in_transit: { ru: "в пути", en: "on its way" },
  arrived: { ru: "прибыл в пункт выдачи", en: "at the pickup point" },
  ready_for_pickup: { ru: "ждёт в пункте выдачи", en: "waiting at the pickup point" },
  pickup: { ru: "ждёт в пункте выдачи", en: "waiting at the pickup point" },
  delivered: { ru: "доставлен", en: "delivered" },
  cancelled: { ru: "отменён", en: "cancelled" },
  canceled: { ru: "отменён", en: "cancelled" },
  returned: { ru: "возвращён", en: "returned" },
};

const CODE_RE = /^[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)*$/;

/** The status in words, or undefined when it is a code we cannot put into words. */
export function orderStatusLabel(status: string | undefined, english: boolean): string | undefined {
  if (!status) return undefined;
  const known = STATUS_LABELS[status.trim().toLowerCase().replace(/-/g, "_")];
  if (known) return english ? known.en : known.ru;
  // Free text from the app itself ("в пути") passes; anything code-shaped does not.
  return CODE_RE.test(status.trim()) ? undefined : status.trim();
}

/** Digits with dashes (Ozon posting numbers, Amazon order ids); never a hash, UUID or internal id. */
export function presentableOrderNumber(value: string | undefined): string | undefined {
  return displayOrderNumber(value) ?? undefined;
}

export function presentableOrder(
  order: OrderContext | undefined,
  english: boolean,
): { number?: string; status?: string } {
  return { number: presentableOrderNumber(order?.number), status: orderStatusLabel(order?.status, english) };
}
