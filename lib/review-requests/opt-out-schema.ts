import { z } from "zod";

// A stop-list entry as the settings form sends it: the route parses it with this, the form validates with it too.
export const addOptOutSchema = z.object({
  contact: z.string().trim().min(3).max(200),
  note: z.string().trim().max(200).optional(),
});
export type AddOptOutInput = z.input<typeof addOptOutSchema>;
