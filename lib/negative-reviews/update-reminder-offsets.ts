import { prisma } from "@/lib/db";
import type { ReminderOffsets } from "@/lib/negative-reviews/reminder-offsets-schema";

/** Owners set when reminders go out; cases already running pick the new times up at their next step. */
export async function updateReminderOffsets({ workspaceId, input }: { workspaceId: string; input: ReminderOffsets }) {
  const row = await prisma().negativeReviewSettings.upsert({
    where: { workspaceId },
    create: { workspaceId, reminderOffsetsHours: input.reminderOffsetsHours },
    update: { reminderOffsetsHours: input.reminderOffsetsHours },
  });
  return { reminderOffsetsHours: row.reminderOffsetsHours };
}
