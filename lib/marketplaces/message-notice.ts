import { z } from "zod";

// A message the marketplace reports without words of its own (Avito's missed call, deleted or voice message;
// a Yandex Market product question, answer or comment announced by id): stored as a code with values and
// worded in the reader's language where it is shown (lib/i18n/message-notices.ts).

export const messageNoticeSchema = z.object({
  code: z.enum(["missed_call", "deleted", "voice", "question", "question_answer", "question_comment"]),
  params: z
    .object({ questionId: z.string().optional(), answerId: z.string().optional(), commentId: z.string().optional() })
    .optional(),
});
export type MessageNotice = z.infer<typeof messageNoticeSchema>;
