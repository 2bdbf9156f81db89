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
} from "@/lib/review-requests/sources/payload-helpers";
import type { WebhookOutcome } from "@/lib/review-requests/sources/webhook-outcome";

const yclientsClientSchema = personSchema.extend({ id: idSchema.nullish() });

const flagSchema = z.union([z.boolean(), z.number(), z.string()]);

export const yclientsRecordSchema = z.looseObject({
  id: idSchema.nullish(),
  visit_id: idSchema.nullish(),
  company_id: idSchema.nullish(),
  visit_attendance: z.union([z.number(), z.string()]).nullish(),
  attendance: z.union([z.number(), z.string()]).nullish(),
  deleted: flagSchema.nullish(),
  client: yclientsClientSchema.nullish(),
  datetime: z.union([z.number(), z.string()]).nullish(),
});

// Two shapes reach us: the seed's { resource: {record}, webhook_type } and YCLIENTS' documented
// { resource: "record", resource_id, status: "create"|"update"|"delete", data: {record} }.
export const yclientsWebhookSchema = yclientsRecordSchema.extend({
  resource: z.union([z.string(), yclientsRecordSchema]).nullish(),
  resource_id: idSchema.nullish(),
  status: z.string().nullish(),
  webhook_type: z.string().nullish(),
  data: yclientsRecordSchema.nullish(),
  record: yclientsRecordSchema.nullish(),
  // Flat variant: the record's own fields at the top level, plus a bare phone.
  phone: phoneValueSchema.nullish(),
});
export type YclientsWebhook = z.infer<typeof yclientsWebhookSchema>;

// YCLIENTS' visit_attendance values, by the names the reason's words know them by.
const ATTENDANCE: Record<string, string> = { "0": "waiting", "-1": "confirmed", "2": "no_show" };

export function parseYclientsWebhook({ body }: { body: unknown }): WebhookOutcome {
  const payload = readPayload({ source: "YCLIENTS", schema: yclientsWebhookSchema, body });
  const record =
    (typeof payload.resource === "object" ? payload.resource : undefined) ?? payload.data ?? payload.record ?? payload;
  // One visit can hold several records (services with different staff), each with its own
  // webhook: keying on visit_id keeps it to one request per visit.
  const sourceEventId =
    idToString(record.visit_id) ?? idToString(record.id) ?? idToString(payload.resource_id) ?? fingerprintPayload(body);

  if (typeof payload.resource === "string" && payload.resource !== "record") {
    return skippedEvent({
      code: "ignored_event",
      reason: { code: "yclients_event", params: { resource: payload.resource } },
      sourceEventId,
    });
  }
  if (isTrue(record.deleted) || payload.status === "delete") {
    return skippedEvent({ code: "deleted", reason: { code: "yclients_deleted" }, sourceEventId });
  }
  const attendance = firstText(record.visit_attendance, record.attendance);
  if (attendance !== "1") {
    const label = attendance === undefined ? "none" : (ATTENDANCE[attendance] ?? attendance);
    return skippedEvent({
      code: "not_final_status",
      reason: { code: "yclients_attendance", params: { attendance: label } },
      sourceEventId,
    });
  }

  const resource = typeof payload.resource === "object" ? payload.resource : undefined;
  const client = record.client ?? payload.client;
  return eventWithPhone({
    sourceEventId,
    phones: [
      resource?.client?.phone,
      payload.data?.client?.phone,
      payload.record?.client?.phone,
      payload.client?.phone,
      payload.phone,
    ],
    customerName: firstText(client?.name),
    email: firstEmail(client?.email),
    occurredAt: parseTimestamp(record.datetime),
  });
}

function isTrue(value: boolean | number | string | null | undefined): boolean {
  return value === true || value === 1 || value === "1" || value === "true";
}
