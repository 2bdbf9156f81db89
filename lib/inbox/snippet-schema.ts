import { z } from "zod";

// A shortcut is what the operator types after "/" in the composer (components/inbox/composer-snippets.tsx).
export const snippetInputSchema = z.object({
  shortcut: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[\p{L}\p{N}_-]+$/u, "letters, digits, _ and - only")
    .transform((s) => s.toLowerCase()),
  title: z.string().trim().min(1).max(100),
  text: z.string().trim().min(1).max(5_000),
});
export type SnippetInput = z.infer<typeof snippetInputSchema>;

export const SNIPPET_SELECT = { id: true, shortcut: true, title: true, text: true, updatedAt: true } as const;
