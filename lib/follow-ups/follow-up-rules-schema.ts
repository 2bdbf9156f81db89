import { z } from "zod";
import { FOLLOW_UP_KINDS } from "@/lib/follow-ups/default-templates";

// The follow-up rules as the settings form sends them: the route parses them with this and the form
// validates with it too.

export const followUpRulesUpdateSchema = z.object({
  rules: z
    .array(
      z.object({
        kind: z.enum(FOLLOW_UP_KINDS),
        enabled: z.boolean(),
        delayDays: z.number().int().min(1).max(180),
        // Empty or null: back to the default template.
        template: z.string().trim().max(1000).nullable(),
      }),
    )
    .min(1)
    .max(3),
});
export type FollowUpRulesUpdate = z.infer<typeof followUpRulesUpdateSchema>;
