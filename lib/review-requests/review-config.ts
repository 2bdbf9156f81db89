import { z } from "zod";

import { decryptSecret, encryptSecret } from "@/lib/crypto/credentials";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { ReviewChannel } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/log";
import type { Channel } from "@/lib/notify/channel";
import type { NotifyProviders, ProviderProblem } from "@/lib/notify/providers-config";
import { notifyCredentialsSchema, type NotifyCredentials } from "@/lib/notify/credentials-schema";
import { notifyProviderHosts } from "@/lib/notify/provider-hosts";
import { buildNotifyProviders, listConfiguredChannels } from "@/lib/notify/providers-config";
import { fromDbChannel } from "@/lib/review-requests/channel-enum";
import { processState } from "@/lib/process-state";
import type { ReviewRequestTemplates } from "@/lib/review-requests/default-templates";
import { reviewRequestTemplatesSchema } from "@/lib/review-requests/default-templates";
import type { ReviewRequestSettings } from "@/lib/review-requests/plan-request";
import type { TemplateVariables } from "@/lib/review-requests/render-template";

const log = logger("review-requests");

export const storedTemplatesSchema = reviewRequestTemplatesSchema.partial();
const DEFAULT_CHANNEL_ORDER: ReviewChannel[] = ["SMS", "WHATSAPP", "EMAIL"];

export type ReviewConfig = {
  planner: ReviewRequestSettings & {
    channelOrder: Channel[];
    timeZone: string;
    delayMinutes: number;
    frequencyDays: number;
  };
  templates: Partial<ReviewRequestTemplates>;
  businessName: string;
  reviewLink: string;
  /** The workspace's name: the business name when none is set. */
  workspaceName: string;
  credentials: NotifyCredentials;
  providers: NotifyProviders;
  configuredChannels: Channel[];
  problems: ProviderProblem[];
};

// A burst of webhooks sends many requests for one workspace within seconds: read and decrypt
// its settings once. Saving settings clears the entry here; another server process sees the
// change within CONFIG_TTL_MS.
const CONFIG_TTL_MS = 10_000;
const configCache = processState({
  key: "configs",
  init: () => new Map<string, { at: number; config: Promise<ReviewConfig> }>(),
});

export function forgetReviewConfig({ workspaceId }: { workspaceId: string }): void {
  configCache.delete(workspaceId);
}

/** Everything the sender needs for one workspace: settings (defaults when never saved) and decrypted provider keys. */
export async function loadReviewConfig({
  workspaceId,
  fresh = false,
}: {
  workspaceId: string;
  fresh?: boolean;
}): Promise<ReviewConfig> {
  const cached = configCache.get(workspaceId);
  if (!fresh && cached && Date.now() - cached.at < CONFIG_TTL_MS) return cached.config;
  const config = readReviewConfig({ workspaceId });
  configCache.set(workspaceId, { at: Date.now(), config });
  config.catch(() => configCache.delete(workspaceId));
  return config;
}

async function readReviewConfig({ workspaceId }: { workspaceId: string }): Promise<ReviewConfig> {
  const db = prisma();
  const [row, workspace] = await Promise.all([
    db.reviewSettings.findUnique({ where: { workspaceId } }),
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true, timeZone: true } }),
  ]);
  const credentials = decryptCredentials({ ciphertext: row?.credentialsEnc ?? null, workspaceId });
  let providers: NotifyProviders = {};
  let problems: ProviderProblem[] = [];
  try {
    ({ providers, problems } = buildNotifyProviders({ credentials, hosts: notifyProviderHosts() }));
  } catch {
    problems = [{ code: "unreadable_keys" }];
  }
  const templates = storedTemplatesSchema.safeParse(row?.templates ?? {});
  return {
    planner: {
      channelOrder: (row?.channelOrder.length ? row.channelOrder : DEFAULT_CHANNEL_ORDER).map(fromDbChannel),
      delayMinutes: row?.delayMinutes ?? 0,
      quietHours: { start: row?.quietHoursStart ?? "21:00", end: row?.quietHoursEnd ?? "09:00" },
      timeZone: row?.timeZone ?? workspace.timeZone,
      frequencyDays: row?.frequencyDays ?? 30,
    },
    templates: templates.success ? templates.data : {},
    businessName: row?.businessName ?? "",
    reviewLink: row?.reviewLink ?? "",
    workspaceName: workspace.name,
    credentials,
    providers,
    configuredChannels: listConfiguredChannels({ providers }),
    problems,
  };
}

export function templateVariables({
  config,
  customerName,
}: {
  config: ReviewConfig;
  customerName?: string | null;
}): TemplateVariables {
  return {
    customerName: customerName ?? undefined,
    businessName: config.businessName || config.workspaceName,
    reviewLink: config.reviewLink || undefined,
  };
}

export function encryptCredentials({ credentials }: { credentials: NotifyCredentials }): string | null {
  const clean = Object.fromEntries(
    Object.entries(notifyCredentialsSchema.parse(credentials)).filter(([, value]) => value !== undefined),
  );
  if (Object.keys(clean).length === 0) return null;
  return encryptSecret({ plaintext: JSON.stringify(clean), key: env().APP_ENCRYPTION_KEY });
}

function decryptCredentials({
  ciphertext,
  workspaceId,
}: {
  ciphertext: string | null;
  workspaceId: string;
}): NotifyCredentials {
  if (!ciphertext) return {};
  try {
    return notifyCredentialsSchema.parse(JSON.parse(decryptSecret({ ciphertext, key: env().APP_ENCRYPTION_KEY })));
  } catch (error) {
    // A rotated APP_ENCRYPTION_KEY: behave as unconfigured rather than fail every send.
    log.error("provider credentials unreadable", {
      workspaceId,
      error: error instanceof Error ? error.name : "unknown",
    });
    return {};
  }
}

export const credentialFieldSchema = z.enum(
  Object.keys(notifyCredentialsSchema.shape) as [keyof NotifyCredentials, ...(keyof NotifyCredentials)[]],
);
export type CredentialField = z.infer<typeof credentialFieldSchema>;

/** Fields shown masked and never returned; the rest (sender names, ids, template names) are not secret. */
export const SECRET_CREDENTIAL_FIELDS: ReadonlySet<CredentialField> = new Set<CredentialField>([
  "smsRuApiKey",
  "metaAccessToken",
  "exolveApiKey",
  "resendApiKey",
]);
