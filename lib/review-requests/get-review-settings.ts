import { maskSecret } from "@/lib/crypto/credentials";
import type { Channel } from "@/lib/notify/channel";
import type { CredentialField } from "@/lib/review-requests/review-config";
import { credentialFieldSchema, loadReviewConfig, SECRET_CREDENTIAL_FIELDS } from "@/lib/review-requests/review-config";
import type { ReviewRequestTemplates } from "@/lib/review-requests/default-templates";
import { DEFAULT_TEMPLATES } from "@/lib/review-requests/default-templates";
import type { ProviderProblem } from "@/lib/notify/providers-config";

export type CredentialView = { set: boolean; secret: boolean; value: string };

export type ReviewSettingsView = {
  channelOrder: Channel[];
  delayMinutes: number;
  quietHours: { start: string; end: string };
  timeZone: string;
  frequencyDays: number;
  businessName: string;
  reviewLink: string;
  workspaceName: string;
  templates: ReviewRequestTemplates;
  defaultTemplates: ReviewRequestTemplates;
  /** Secrets come back masked ("abcd…wxyz"), never in full. */
  credentials: Record<CredentialField, CredentialView>;
  configuredChannels: Channel[];
  /** Codes with values, worded on the settings page. */
  problems: ProviderProblem[];
};

export async function getReviewSettings({ workspaceId }: { workspaceId: string }): Promise<ReviewSettingsView> {
  const config = await loadReviewConfig({ workspaceId, fresh: true });
  const credentials = Object.fromEntries(
    credentialFieldSchema.options.map((field) => {
      const value = config.credentials[field] ?? "";
      const secret = SECRET_CREDENTIAL_FIELDS.has(field);
      return [field, { set: value !== "", secret, value: secret && value ? maskSecret(value) : value }];
    }),
  ) as Record<CredentialField, CredentialView>;
  return {
    channelOrder: config.planner.channelOrder,
    delayMinutes: config.planner.delayMinutes,
    quietHours: { start: config.planner.quietHours?.start ?? "21:00", end: config.planner.quietHours?.end ?? "09:00" },
    timeZone: config.planner.timeZone,
    frequencyDays: config.planner.frequencyDays,
    businessName: config.businessName,
    reviewLink: config.reviewLink,
    workspaceName: config.workspaceName,
    templates: { ...DEFAULT_TEMPLATES, ...config.templates },
    defaultTemplates: DEFAULT_TEMPLATES,
    credentials,
    configuredChannels: config.configuredChannels,
    problems: config.problems,
  };
}
