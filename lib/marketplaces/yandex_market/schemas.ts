import { z } from "zod";

import { rawListSchema } from "@/lib/marketplaces/parse-each";
import { idSchema } from "@/lib/marketplaces/schemas";

// Yandex Market Partner API payloads (chats + goods-feedback) and notification API payloads. Required
// fields follow the spec; dates stay strings (an odd one makes only its record unusable, in the mapper);
// lists are parsed element by element (parse-each.ts).

const dateString = z.string();

/** ApiResponse: only `status` is required; an answer without `result` reads as empty (lists) or as nothing returned. */
const envelope = <T extends z.ZodType>(result: T) => z.object({ status: z.string(), result: result.optional() });

const pagingSchema = z.object({ nextPageToken: z.string().nullish() }).nullish();

export const ymChatSchema = z.object({
  chatId: idSchema,
  orderId: idSchema.nullish(),
  context: z.object({
    type: z.string(),
    customer: z.object({ name: z.string().nullish(), publicId: z.string().nullish() }).nullish(),
    campaignId: idSchema.nullish(),
    orderId: idSchema.nullish(),
    returnId: idSchema.nullish(),
  }),
  type: z.string(),
  status: z.string(),
  createdAt: dateString,
  updatedAt: dateString,
});
export type YmChat = z.infer<typeof ymChatSchema>;

export const ymMessageSchema = z.object({
  messageId: idSchema,
  createdAt: dateString,
  sender: z.string(),
  message: z.string().nullish(),
  payload: z.array(z.object({ name: z.string(), url: z.string(), size: z.number().int().nullish() })).nullish(),
});
export type YmMessage = z.infer<typeof ymMessageSchema>;

export const ymChatsResponseSchema = envelope(z.object({ chats: rawListSchema, paging: pagingSchema }));
export const ymChatResponseSchema = envelope(z.unknown());
export const ymChatHistoryResponseSchema = envelope(
  z.object({
    orderId: idSchema.nullish(),
    context: ymChatSchema.shape.context.nullish(),
    messages: rawListSchema,
    paging: pagingSchema,
  }),
);
export const ymMessageResponseSchema = envelope(z.unknown());
export const ymCreateChatResponseSchema = envelope(z.object({ chatId: idSchema }));
export const ymEmptyResponseSchema = z.object({ status: z.string() });

export const ymFeedbackSchema = z.object({
  feedbackId: idSchema,
  createdAt: dateString,
  needReaction: z.boolean(),
  identifiers: z.object({ orderId: idSchema.nullish(), offerId: z.string().nullish() }),
  author: z.string().nullish(),
  description: z
    .object({ advantages: z.string().nullish(), disadvantages: z.string().nullish(), comment: z.string().nullish() })
    .nullish(),
  media: z.object({ photos: z.array(z.string()).nullish(), videos: z.array(z.string()).nullish() }).nullish(),
  statistics: z.object({
    rating: z.number().int(),
    commentsCount: z.number().int(),
    recommended: z.boolean().nullish(),
    paidAmount: z.number().nullish(),
  }),
});
export type YmFeedback = z.infer<typeof ymFeedbackSchema>;

export const ymFeedbacksResponseSchema = envelope(z.object({ feedbacks: rawListSchema, paging: pagingSchema }));

export const ymCommentSchema = z.object({
  id: idSchema,
  text: z.string(),
  canModify: z.boolean().nullish(),
  parentId: idSchema.nullish(),
  author: z.object({ type: z.string().nullish(), name: z.string().nullish() }).nullish(),
  status: z.string(),
  feedbackId: idSchema,
});
export type YmComment = z.infer<typeof ymCommentSchema>;
export const ymCommentResponseSchema = envelope(ymCommentSchema);
export const ymCommentsResponseSchema = envelope(
  z.object({ comments: z.array(ymCommentSchema), paging: pagingSchema }),
);

export const ymErrorBodySchema = z.object({
  status: z.string().nullish(),
  errors: z.array(z.object({ code: z.string(), message: z.string().nullish() })).nullish(),
});

const at = dateString;
export const ymNotificationSchema = z.discriminatedUnion("notificationType", [
  z.object({ notificationType: z.literal("PING"), time: at.nullish() }),
  z.object({ notificationType: z.literal("CHAT_CREATED"), chatId: idSchema, businessId: idSchema, createdAt: at }),
  z.object({
    notificationType: z.literal("CHAT_MESSAGE_SENT"),
    chatId: idSchema,
    messageId: idSchema,
    businessId: idSchema,
    sentAt: at,
  }),
  z.object({
    notificationType: z.literal("GOODS_FEEDBACK_CREATED"),
    feedbackId: idSchema,
    businessId: idSchema,
    createdAt: at,
    publishedAt: at.nullish(),
  }),
  z.object({
    notificationType: z.literal("GOODS_FEEDBACK_COMMENT_CREATED"),
    commentId: idSchema,
    businessId: idSchema,
    createdAt: at,
  }),
  z.object({
    notificationType: z.literal("CHAT_ARBITRAGE_STARTED"),
    chatId: idSchema,
    businessId: idSchema,
    startedAt: at,
  }),
  z.object({
    notificationType: z.literal("CHAT_ARBITRAGE_FINISHED"),
    chatId: idSchema,
    businessId: idSchema,
    finishedAt: at,
  }),
  z.object({
    notificationType: z.literal("QUESTION_CREATED"),
    questionId: idSchema,
    businessId: idSchema,
    createdAt: at,
  }),
  z.object({
    notificationType: z.literal("QUESTION_ANSWER_CREATED"),
    answerId: idSchema,
    businessId: idSchema,
    createdAt: at,
  }),
  z.object({
    notificationType: z.literal("QUESTION_COMMENT_CREATED"),
    answerId: idSchema,
    commentId: idSchema,
    businessId: idSchema,
    createdAt: at,
  }),
]);
export type YmNotification = z.infer<typeof ymNotificationSchema>;
