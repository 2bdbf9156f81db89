import { z } from "zod";

// A test event's fields: the route parses them with this, and the integration card's form validates with it too.
export const sendTestEventSchema = z.object({
  phone: z.string().trim().max(32).optional(),
  customerName: z.string().trim().max(60).optional(),
});
export type SendTestEventInput = z.input<typeof sendTestEventSchema>;
