import { z } from "zod";
import { chatListQuerySchema } from "@/lib/inbox/chat-list-query";

export const bulkActionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("assign"), assigneeId: z.string().min(1).max(100).nullable() }),
  z.object({ type: z.literal("resolve") }),
  z.object({ type: z.literal("snooze"), until: z.iso.datetime({ offset: true }) }),
  z.object({ type: z.literal("label"), labelId: z.string().min(1).max(100), on: z.boolean() }),
  z.object({ type: z.literal("read") }),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;

// The most chats one job takes ("all N matching" included); picked ones are the loaded rows, far fewer.
export const BULK_MAX_CHATS = 50_000;
export const BULK_MAX_PICKED = 5_000;
// Unfinished jobs one workspace may have at once: each can hold BULK_MAX_CHATS, and the workers are shared.
export const BULK_MAX_RUNNING = 3;

// The list's whole filter, a report's drill-down (kind, days, operator) included: "all N matching" is the list on screen.
export const bulkFilterSchema = chatListQuerySchema.pick({
  view: true,
  marketplace: true,
  label: true,
  q: true,
  kind: true,
  from: true,
  to: true,
  operator: true,
});
export type BulkFilter = z.infer<typeof bulkFilterSchema>;

export const bulkRequestSchema = z.object({
  // Chosen by the browser per confirmation: sending it again (a retry, a double click) returns the same job.
  requestKey: z.string().min(8).max(100),
  action: bulkActionSchema,
  selection: z.union([
    z.object({ ids: z.array(z.string().min(1).max(100)).min(1).max(BULK_MAX_PICKED) }),
    z.object({ filter: bulkFilterSchema }),
  ]),
});
export type BulkRequest = z.infer<typeof bulkRequestSchema>;

// Why a job ended FAILED, as a code the screen words (lib/i18n/team-ops.ts); the error itself is only logged.
export const bulkFailureReasonSchema = z.enum(["invalid_job", "error"]);
export type BulkFailureReason = z.infer<typeof bulkFailureReasonSchema>;

export const BULK_JOB_SELECT = {
  id: true,
  action: true,
  status: true,
  total: true,
  processed: true,
  changed: true,
  failureReason: true,
  createdAt: true,
  finishedAt: true,
} as const;
