import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotifyCredentials } from "@/lib/notify/credentials-schema";
import { buildNotifyProviders } from "@/lib/notify/providers-config";
import { toDbChannel } from "@/lib/review-requests/channel-enum";
import type { ReviewRequestTemplates } from "@/lib/review-requests/default-templates";
import { DEFAULT_TEMPLATES } from "@/lib/review-requests/default-templates";
import { encryptCredentials, forgetReviewConfig, loadReviewConfig } from "@/lib/review-requests/review-config";
import type { UpdateReviewSettingsInput } from "@/lib/review-requests/review-settings-schema";
import { updateReviewSettingsSchema } from "@/lib/review-requests/review-settings-schema";
import type { ReviewSettingsView } from "@/lib/review-requests/get-review-settings";
import { getReviewSettings } from "@/lib/review-requests/get-review-settings";

/** Saves the workspace's review-request settings; provider keys are merged into the stored ones and re-encrypted. */
export async function updateReviewSettings({
  workspaceId,
  input: rawInput,
}: {
  workspaceId: string;
  input: UpdateReviewSettingsInput;
}): Promise<ReviewSettingsView> {
  const input = updateReviewSettingsSchema.parse(rawInput);
  const current = await loadReviewConfig({ workspaceId, fresh: true });
  const credentials: NotifyCredentials = { ...current.credentials };
  for (const [field, value] of Object.entries(input.credentials) as [keyof NotifyCredentials, string | undefined][]) {
    if (value !== undefined) credentials[field] = value === "" ? undefined : value;
  }
  // Rejects a malformed phone number id or send path now (400), not at the first send.
  buildNotifyProviders({ credentials });

  // Only templates that differ from the defaults are stored, so improved defaults reach everyone else.
  const templates = Object.fromEntries(
    Object.entries(input.templates).filter(
      ([key, value]) =>
        value && value.trim() !== "" && value !== DEFAULT_TEMPLATES[key as keyof ReviewRequestTemplates],
    ),
  ) as Prisma.InputJsonObject;

  const data = {
    channelOrder: input.channelOrder.map(toDbChannel),
    delayMinutes: input.delayMinutes,
    quietHoursStart: input.quietHours.start,
    quietHoursEnd: input.quietHours.end,
    timeZone: input.timeZone,
    frequencyDays: input.frequencyDays,
    businessName: input.businessName,
    reviewLink: input.reviewLink,
    templates,
    credentialsEnc: encryptCredentials({ credentials }),
  };
  await prisma().reviewSettings.upsert({ where: { workspaceId }, create: { workspaceId, ...data }, update: data });
  forgetReviewConfig({ workspaceId });
  return getReviewSettings({ workspaceId });
}
