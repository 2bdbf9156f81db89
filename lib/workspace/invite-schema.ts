import { z } from "zod";

// The invite form's fields: the route parses them with this, and the browser form validates with it too.
export const createInviteSchema = z.object({
  email: z
    .email()
    .max(200)
    .transform((v) => v.toLowerCase()),
  role: z.enum(["OWNER", "OPERATOR"]).default("OPERATOR"),
});
export type CreateInviteInput = z.input<typeof createInviteSchema>;
