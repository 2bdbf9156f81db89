import { z } from "zod";

// An internal note as the thread's note form sends it: the route parses it with this, the form validates with it too.
export const noteInputSchema = z.object({ text: z.string().trim().min(1).max(5_000) });
export type NoteInput = z.infer<typeof noteInputSchema>;
