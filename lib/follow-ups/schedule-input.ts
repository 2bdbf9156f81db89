import { z } from "zod";
import { typedMessageTypeSchema } from "@/lib/ai/types";
import { AppError } from "@/lib/errors";
import { MAX_DAYS_AHEAD } from "@/lib/follow-ups/send-time";
import type { ProactiveRefusal } from "@/lib/marketplaces/proactive-policy";
import { MAX_REPLY_INPUT_CHARS } from "@/lib/inbox/reply-input-limit";

// A scheduled message as the thread sends it: text, and either "remind in N days" or "send at".
export const scheduleInputSchema = z
  .object({
    text: z.string().trim().min(1).max(MAX_REPLY_INPUT_CHARS),
    sendAt: z.iso.datetime({ offset: true }).optional(),
    inDays: z.number().int().min(1).max(MAX_DAYS_AHEAD).optional(),
    amazonMessageType: typedMessageTypeSchema.optional(),
  })
  .refine((v) => (v.sendAt === undefined) !== (v.inDays === undefined), "Give either sendAt or inDays");
export type ScheduleInput = z.infer<typeof scheduleInputSchema>;

export const scheduleUpdateSchema = z
  .object({
    text: z.string().trim().min(1).max(MAX_REPLY_INPUT_CHARS).optional(),
    sendAt: z.iso.datetime({ offset: true }).optional(),
    inDays: z.number().int().min(1).max(MAX_DAYS_AHEAD).optional(),
  })
  .refine((v) => !(v.sendAt !== undefined && v.inDays !== undefined), "Give either sendAt or inDays")
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Nothing to update");
export type ScheduleUpdate = z.infer<typeof scheduleUpdateSchema>;

/** 422 with the marketplace's reason in both languages (the thread shows the one of its locale). */
export function notAllowedError(refusal: ProactiveRefusal): AppError {
  return new AppError("unprocessable", refusal.en, {
    details: { reason: "not_allowed", code: refusal.code, ru: refusal.ru, en: refusal.en },
  });
}
