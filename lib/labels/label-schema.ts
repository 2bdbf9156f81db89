import { z } from "zod";

// Colour names, not CSS: the browser maps each to its classes (components/labels/label-chip.tsx).
export const LABEL_COLORS = ["slate", "red", "orange", "amber", "green", "teal", "blue", "violet", "pink"] as const;
export type LabelColor = (typeof LABEL_COLORS)[number];

// A label name is one line that reads the same for everyone: no control characters (line breaks, tabs)
// and no bidirectional overrides (which could make "Возврат" display as another label's name), and at
// least one visible character.
const CONTROL_OR_BIDI = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

export const labelInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .refine((name) => !CONTROL_OR_BIDI.test(name), "no control or text-direction characters")
    .refine((name) => VISIBLE.test(name), "at least one visible character"),
  color: z.enum(LABEL_COLORS),
});
export type LabelInput = z.infer<typeof labelInputSchema>;

export const LABEL_SELECT = { id: true, name: true, color: true } as const;

/** A label on a chat: add it (on) or take it off. */
export const chatLabelChangeSchema = z.object({ labelId: z.string().min(1).max(100), on: z.boolean() });
