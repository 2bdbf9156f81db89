import { z } from "zod";
import { MARKETPLACES } from "@/lib/inbox/inbox-views";

export const CHAT_KINDS = ["CHAT", "QUESTION", "REVIEW"] as const;

export const workspaceAssignmentSchema = z
  .object({ autoAssign: z.boolean().optional(), reassignOnOffline: z.boolean().optional() })
  .refine((v) => v.autoAssign !== undefined || v.reassignOnOffline !== undefined, "Nothing to update");

/** A member's part in assignment: `online` is theirs to set; the rest is the owners'. */
export const memberAssignmentSchema = z
  .object({
    online: z.boolean().optional(),
    maxOpenChats: z.number().int().min(0).max(1_000).optional(),
    marketplaces: z.array(z.enum(MARKETPLACES)).max(MARKETPLACES.length).optional(),
    kinds: z.array(z.enum(CHAT_KINDS)).max(CHAT_KINDS.length).optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Nothing to update");
export type MemberAssignment = z.infer<typeof memberAssignmentSchema>;
