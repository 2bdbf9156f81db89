import { z } from "zod";

// Sign-in's fields: next-auth's credentials provider parses them with this, and the sign-in form validates with it too.
export const credentialsSchema = z.object({
  email: z
    .email()
    .max(200)
    .transform((v) => v.toLowerCase()),
  password: z.string().min(1).max(200),
});
export type Credentials = z.infer<typeof credentialsSchema>;
