import { z } from "zod";

import {
  eventWithPhone,
  fingerprintPayload,
  firstEmail,
  firstText,
  idSchema,
  idToString,
  parseTimestamp,
  personSchema,
  phoneValueSchema,
  readPayload,
  skippedEvent,
  textValueSchema,
} from "@/lib/review-requests/sources/payload-helpers";
import type { WebhookOutcome } from "@/lib/review-requests/sources/webhook-outcome";
import { given } from "@/lib/review-requests/webhook-reason";

// iiko Cloud API (iiko Transport) webhooks. iiko sends null for absent objects, hence nullish.
const iikoCustomerSchema = personSchema.extend({ surname: textValueSchema.nullish() });

const iikoOrderSchema = z.looseObject({
  id: idSchema.nullish(),
  status: z.string().nullish(),
  // Real delivery orders carry the phone on the order itself, next to the customer.
  phone: phoneValueSchema.nullish(),
  customer: iikoCustomerSchema.nullish(),
  whenClosed: z.string().nullish(),
});

export const iikoWebhookSchema = z.looseObject({
  eventType: z.string().nullish(),
  eventTime: z.string().nullish(),
  organizationId: z.string().nullish(),
  correlationId: z.string().nullish(),
  eventInfo: z
    .looseObject({
      id: idSchema.nullish(),
      posId: idSchema.nullish(),
      creationStatus: z.string().nullish(),
      order: iikoOrderSchema.nullish(),
    })
    .nullish(),
  // Flat variants the seed lists phone paths for (SOI notifications, older integrations).
  order: iikoOrderSchema.nullish(),
  deliveryOrder: iikoOrderSchema.nullish(),
  customer: iikoCustomerSchema.nullish(),
  phone: phoneValueSchema.nullish(),
});
export type IikoWebhook = z.infer<typeof iikoWebhookSchema>;

export const IIKO_EVENT_TYPES = ["DeliveryOrderUpdate", "TableOrderUpdate"] as const;
export const IIKO_FINAL_STATUSES = ["Delivered", "Closed", "Finished"] as const;

export function parseIikoWebhook({ body }: { body: unknown }): WebhookOutcome {
  const payload = readPayload({ source: "iiko", schema: iikoWebhookSchema, body });
  const order = payload.eventInfo?.order ?? payload.order ?? payload.deliveryOrder;
  // eventInfo.id is the order's id in iiko; it stays the same across every update of the order.
  const sourceEventId = idToString(payload.eventInfo?.id) ?? idToString(order?.id) ?? fingerprintPayload(body);

  const eventType = payload.eventType?.trim();
  if (!eventType || !(IIKO_EVENT_TYPES as readonly string[]).includes(eventType)) {
    return skippedEvent({
      code: "ignored_event",
      reason: eventType ? { code: "iiko_event", params: { event: eventType } } : { code: "iiko_no_event" },
      sourceEventId,
    });
  }
  const status = order?.status?.trim();
  if (!status || !(IIKO_FINAL_STATUSES as readonly string[]).includes(status)) {
    return skippedEvent({
      code: "not_final_status",
      reason: { code: "iiko_status", params: { status: given(status) } },
      sourceEventId,
    });
  }

  const customer = order?.customer ?? payload.customer;
  const name = firstText(customer?.name);
  const surname = firstText(customer?.surname);
  return eventWithPhone({
    sourceEventId,
    // The seed's paths first, then the order-level phone where iiko actually puts it.
    phones: [
      payload.order?.customer?.phone,
      payload.eventInfo?.order?.customer?.phone,
      payload.deliveryOrder?.customer?.phone,
      payload.customer?.phone,
      payload.phone,
      payload.eventInfo?.order?.phone,
      payload.order?.phone,
      payload.deliveryOrder?.phone,
    ],
    customerName: name && surname ? `${name} ${surname}` : name,
    email: firstEmail(order?.customer?.email, payload.customer?.email),
    occurredAt: parseTimestamp(order?.whenClosed) ?? parseTimestamp(payload.eventTime),
  });
}
