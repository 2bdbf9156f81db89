import type { ReviewEventOutcome, ReviewSource } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/dictionaries";
import { webhookPath } from "@/lib/review-requests/source-slug";
import { shownWebhookReason } from "@/lib/review-requests/webhook-reason";

/** One order, visit or deal of a delivery as stored: `reason` a code (webhook-reason.ts) with `reasonParams`. */
export type EventDetail = {
  sourceEventId?: string;
  result: "queued" | "duplicate" | "skipped";
  code?: string;
  reason?: string;
  reasonParams?: unknown;
  phone?: string;
};

/** Reasons worded in the reader's language; reasonVerbatim when it is an old row's text shown as stored. */
export type EventDetailView = {
  sourceEventId?: string;
  result: EventDetail["result"];
  code?: string;
  reason: string | null;
  reasonVerbatim: boolean;
  phone?: string;
};
export type ReviewEventView = {
  id: string;
  receivedAt: string;
  outcome: ReviewEventOutcome;
  reason: string | null;
  reasonVerbatim: boolean;
  isTest: boolean;
  details: EventDetailView[];
};

export type ReviewIntegrationView = {
  id: string;
  source: ReviewSource;
  webhookPath: string;
  keyHint: string;
  createdAt: string;
  lastEventAt: string | null;
};

export function toIntegrationView(row: {
  id: string;
  source: ReviewSource;
  keyHint: string;
  createdAt: Date;
  lastEventAt: Date | null;
}): ReviewIntegrationView {
  return {
    id: row.id,
    source: row.source,
    webhookPath: webhookPath(row.source),
    keyHint: row.keyHint,
    createdAt: row.createdAt.toISOString(),
    lastEventAt: row.lastEventAt?.toISOString() ?? null,
  };
}

export function toEventView(
  row: {
    id: string;
    receivedAt: Date;
    outcome: ReviewEventOutcome;
    reason: string | null;
    reasonParams: unknown;
    isTest: boolean;
    details: unknown;
  },
  locale: Locale,
): ReviewEventView {
  const details = Array.isArray(row.details) ? (row.details as EventDetail[]) : [];
  return {
    id: row.id,
    receivedAt: row.receivedAt.toISOString(),
    outcome: row.outcome,
    ...shownWebhookReason(row, locale),
    isTest: row.isTest,
    details: details.map((detail) => toDetailView(detail, locale)),
  };
}

/** A stored detail with its reason worded in `locale`. */
export function toDetailView({ reason, reasonParams, ...detail }: EventDetail, locale: Locale): EventDetailView {
  return { ...detail, ...shownWebhookReason({ reason, reasonParams }, locale) };
}

/** "+7999•••4567": enough for the operator to recognise a customer in the events list. */
export function maskPhone(phone: string): string {
  return phone.length > 8 ? `${phone.slice(0, 5)}•••${phone.slice(-4)}` : phone;
}
