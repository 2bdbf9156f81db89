import { dispatchEvent } from "@/lib/jobs/dispatch-event";
import { CASE_EVENTS } from "@/lib/negative-reviews/constants";

/**
 * Tells Inngest's reminder function about a case. Without Inngest there is nothing to start: the
 * minute sweep (sweep-negative-reviews.ts) reads the cases themselves.
 */
export async function emitCaseEvent({
  event,
  caseId,
  deadlineAt,
}: {
  event: keyof typeof CASE_EVENTS;
  caseId: string;
  deadlineAt?: Date | null;
}) {
  const data: Record<string, unknown> = { caseId, ...(deadlineAt ? { deadlineAt: deadlineAt.toISOString() } : {}) };
  await dispatchEvent({ name: CASE_EVENTS[event], data, runInProcess: async () => undefined });
}
