import type { SourceSlug } from "@/lib/review-requests/source-slug";

// The seed's payload examples (lib/review-requests/sources/fixtures) with a fresh order id and
// the phone to text, for the "send test event" button: they go through the real parser.
export function buildSamplePayload({
  slug,
  id,
  phone,
  customerName,
}: {
  slug: SourceSlug;
  id: string;
  phone: string;
  customerName: string;
}): Record<string, unknown> {
  switch (slug) {
    case "iiko":
      return {
        eventType: "DeliveryOrderUpdate",
        eventTime: new Date().toISOString().replace("Z", ""),
        organizationId: "test-organization",
        correlationId: id,
        eventInfo: {
          id,
          creationStatus: "Success",
          order: { id, status: "Delivered", customer: { phone, name: customerName } },
        },
      };
    case "rkeeper":
      return { order: { id, status: "Выполнен", customer: { phone, name: customerName } } };
    case "yclients":
      return {
        resource: {
          id,
          visit_attendance: 1,
          deleted: false,
          client: { name: customerName, phone },
          datetime: Math.floor(Date.now() / 1000),
        },
        webhook_type: "record_changed",
      };
    case "amocrm":
      return {
        leads: { status: [{ id, status_id: 142, pipeline_id: 1, main_contact: { id: 1, name: customerName, phone } }] },
      };
  }
}
