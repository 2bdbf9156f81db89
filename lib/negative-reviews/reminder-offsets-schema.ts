import { z } from "zod";

// When negative-review reminders go out, as the report's settings form sends it: the route parses it with
// this, the form validates with it too. Inside the 72-hour window, at most six reminders, each once.
export const reminderOffsetsSchema = z.object({
  reminderOffsetsHours: z
    .array(z.number().int().min(1).max(71))
    .min(1)
    .max(6)
    .transform((list) => [...new Set(list)].sort((a, b) => b - a)),
});
export type ReminderOffsets = z.infer<typeof reminderOffsetsSchema>;
