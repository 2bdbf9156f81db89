import { z } from "zod";

// A change to one chat (resolve or reopen, assign, snooze) as the thread sends it: the route parses it with
// this, the thread's snooze form validates with it too.
export const chatUpdateSchema = z
  .object({
    status: z.enum(["OPEN", "RESOLVED"]).optional(),
    assigneeId: z.string().min(1).max(100).nullable().optional(),
    snoozedUntil: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Nothing to update");
export type ChatUpdate = z.infer<typeof chatUpdateSchema>;
