import { z } from "zod";
import { prisma } from "@/lib/db";

export const reminderOffsetsSchema = z.object({
  // Inside the 72-hour window, at most six reminders, each once.
  reminderOffsetsHours: z
    .array(z.number().int().min(1).max(71))
    .min(1)
    .max(6)
    .transform((list) => [...new Set(list)].sort((a, b) => b - a)),
});

/** Owners set when reminders go out; cases already running pick the new times up at their next step. */
export async function updateReminderOffsets({
  workspaceId,
  input,
}: {
  workspaceId: string;
  input: z.infer<typeof reminderOffsetsSchema>;
}) {
  const row = await prisma().negativeReviewSettings.upsert({
    where: { workspaceId },
    create: { workspaceId, reminderOffsetsHours: input.reminderOffsetsHours },
    update: { reminderOffsetsHours: input.reminderOffsetsHours },
  });
  return { reminderOffsetsHours: row.reminderOffsetsHours };
}
