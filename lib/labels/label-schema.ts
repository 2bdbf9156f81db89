import { z } from "zod";

// Colour names, not CSS: the browser maps each to its classes (components/labels/label-chip.tsx).
export const LABEL_COLORS = ["slate", "red", "orange", "amber", "green", "teal", "blue", "violet", "pink"] as const;
export type LabelColor = (typeof LABEL_COLORS)[number];

export const labelInputSchema = z.object({
  name: z.string().trim().min(1).max(40),
  color: z.enum(LABEL_COLORS),
});
export type LabelInput = z.infer<typeof labelInputSchema>;

export const LABEL_SELECT = { id: true, name: true, color: true } as const;

/** A label on a chat: add it (on) or take it off. */
export const chatLabelChangeSchema = z.object({ labelId: z.string().min(1).max(100), on: z.boolean() });
