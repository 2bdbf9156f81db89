import { prisma } from "@/lib/db";
import { DEFAULT_REMINDER_OFFSETS_HOURS } from "@/lib/negative-reviews/constants";

/** Hours before the deadline at which the workspace wants reminders (defaults 48, 24, 6, 1). */
export async function getReminderOffsets({ workspaceId }: { workspaceId: string }): Promise<number[]> {
  const row = await prisma().negativeReviewSettings.findUnique({
    where: { workspaceId },
    select: { reminderOffsetsHours: true },
  });
  return row?.reminderOffsetsHours.length ? row.reminderOffsetsHours : DEFAULT_REMINDER_OFFSETS_HOURS;
}
