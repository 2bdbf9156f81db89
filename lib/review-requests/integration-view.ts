import type { ReviewEventOutcome, ReviewSource } from "@/lib/generated/prisma/enums";
import { webhookPath } from "@/lib/review-requests/source-slug";

export type EventDetail = { sourceEventId?: string; result: "queued" | "duplicate" | "skipped"; code?: string; reason?: string; phone?: string };

export type ReviewEventView = {
  id: string;
  receivedAt: string;
  outcome: ReviewEventOutcome;
  reason: string | null;
  isTest: boolean;
  details: EventDetail[];
};

export type ReviewIntegrationView = {
  id: string;
  source: ReviewSource;
  webhookPath: string;
  keyHint: string;
  createdAt: string;
  lastEventAt: string | null;
};

export function toIntegrationView(row: { id: string; source: ReviewSource; keyHint: string; createdAt: Date; lastEventAt: Date | null }): ReviewIntegrationView {
  return {
    id: row.id,
    source: row.source,
    webhookPath: webhookPath(row.source),
    keyHint: row.keyHint,
    createdAt: row.createdAt.toISOString(),
    lastEventAt: row.lastEventAt?.toISOString() ?? null,
  };
}

export function toEventView(row: { id: string; receivedAt: Date; outcome: ReviewEventOutcome; reason: string | null; isTest: boolean; details: unknown }): ReviewEventView {
  return {
    id: row.id,
    receivedAt: row.receivedAt.toISOString(),
    outcome: row.outcome,
    reason: row.reason,
    isTest: row.isTest,
    details: Array.isArray(row.details) ? (row.details as EventDetail[]) : [],
  };
}

/** "+7999•••4567": enough for the operator to recognise a customer in the events list. */
export function maskPhone(phone: string): string {
  return phone.length > 8 ? `${phone.slice(0, 5)}•••${phone.slice(-4)}` : phone;
}
