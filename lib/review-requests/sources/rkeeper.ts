import { z } from "zod";

import {
  eventWithPhone,
  fingerprintPayload,
  firstEmail,
  firstText,
  idSchema,
  idToString,
  normalizeStatus,
  parseTimestamp,
  personSchema,
  phoneValueSchema,
  readPayload,
  skippedEvent,
  textValueSchema,
} from "@/lib/review-requests/sources/payload-helpers";
import type { WebhookOutcome } from "@/lib/review-requests/sources/webhook-outcome";
import { given } from "@/lib/review-requests/webhook-reason";

// R-Keeper Delivery "external API for push notifications". UCS does not publish the body, so
// the schema holds only what the seed names (order/customer/client/phone/status) plus ids.
const rkeeperOrderSchema = z.looseObject({
  id: idSchema.nullish(),
  orderId: idSchema.nullish(),
  number: idSchema.nullish(),
  status: z.string().nullish(),
  customer: personSchema.nullish(),
  client: personSchema.nullish(),
  updatedAt: textValueSchema.nullish(),
});

export const rkeeperWebhookSchema = z.looseObject({
  id: idSchema.nullish(),
  orderId: idSchema.nullish(),
  status: z.string().nullish(),
  order: rkeeperOrderSchema.nullish(),
  customer: personSchema.nullish(),
  client: personSchema.nullish(),
  phone: phoneValueSchema.nullish(),
});
export type RkeeperWebhook = z.infer<typeof rkeeperWebhookSchema>;

export const RKEEPER_FINAL_STATUSES = ["Выполнен", "Доставлен"] as const;
const FINAL = new Set(RKEEPER_FINAL_STATUSES.map(normalizeStatus));

export function parseRkeeperWebhook({ body }: { body: unknown }): WebhookOutcome {
  const payload = readPayload({ source: "R-Keeper", schema: rkeeperWebhookSchema, body });
  const order = payload.order;
  const sourceEventId =
    idToString(order?.id) ??
    idToString(order?.orderId) ??
    idToString(payload.orderId) ??
    idToString(payload.id) ??
    idToString(order?.number) ??
    fingerprintPayload(body);

  const status = firstText(order?.status, payload.status);
  if (!status || !FINAL.has(normalizeStatus(status))) {
    return skippedEvent({
      code: "not_final_status",
      reason: { code: "rkeeper_status", params: { status: given(status) } },
      sourceEventId,
    });
  }

  return eventWithPhone({
    sourceEventId,
    phones: [
      order?.customer?.phone,
      order?.client?.phone,
      payload.customer?.phone,
      payload.client?.phone,
      payload.phone,
    ],
    customerName: firstText(order?.customer?.name, order?.client?.name, payload.customer?.name, payload.client?.name),
    email: firstEmail(order?.customer?.email, order?.client?.email, payload.customer?.email, payload.client?.email),
    occurredAt: parseTimestamp(order?.updatedAt),
  });
}
