import { z } from "zod";

import { vendorDateSchema } from "@/lib/marketplaces/schemas";

// Wildberries vendor payloads (09-communications.yaml). Lenient on optional fields: WB drops
// deprecated ones (clientID, goodCard.statusID) without notice.

export const wbGoodCardSchema = z.object({
  date: vendorDateSchema.optional(),
  nmID: z.number().int(),
  price: z.number().optional(),
  priceCurrency: z.string().optional(),
  rid: z.string().optional(),
  size: z.string().optional(),
  statusID: z.number().optional(),
});

export const wbFileSchema = z.object({
  contentType: z.string().optional(),
  date: z.string().optional(),
  downloadID: z.string(),
  name: z.string().optional(),
  url: z.string().optional(),
  size: z.number().int().optional(),
});

export const wbImageSchema = z.object({
  date: z.string().optional(),
  downloadID: z.string(),
  url: z.string().optional(),
});

export const wbEventSchema = z.object({
  chatID: z.string(),
  eventID: z.string(),
  eventType: z.string(),
  isNewChat: z.boolean().optional(),
  message: z
    .object({
      attachments: z
        .object({
          goodCard: wbGoodCardSchema.nullish(),
          files: z.array(wbFileSchema).nullish(),
          images: z.array(wbImageSchema).nullish(),
        })
        .nullish(),
      text: z.string().nullish(),
    })
    .nullish(),
  source: z.string().optional(),
  addTimestamp: z.number().int(),
  addTime: z.string().optional(),
  replySign: z.string().nullish(),
  sender: z.string(),
  clientID: z.string().nullish(),
  clientName: z.string().nullish(),
});
export type WbEvent = z.infer<typeof wbEventSchema>;

export const wbEventsResponseSchema = z.object({
  result: z.object({
    next: z.number().int().nullish(),
    newestEventTime: z.string().nullish(),
    oldestEventTime: z.string().nullish(),
    totalEvents: z.number().int(),
    events: z.array(wbEventSchema).nullish(),
  }),
  errors: z.array(z.string()).nullish(),
});

export const wbChatSchema = z.object({
  chatID: z.string(),
  replySign: z.string(),
  clientID: z.string().nullish(),
  clientName: z.string().nullish(),
  goodCard: wbGoodCardSchema.nullish(),
  lastMessage: z.object({ text: z.string().nullish(), addTimestamp: z.number().int() }).nullish(),
});
export type WbChat = z.infer<typeof wbChatSchema>;

export const wbChatsResponseSchema = z.object({
  result: z.array(wbChatSchema).nullish(),
  errors: z.array(z.string()).nullish(),
});

export const wbSendResponseSchema = z.object({
  result: z.object({ addTime: z.number().int(), chatID: z.string() }),
  errors: z.array(z.string()).nullish(),
});

export const wbDownloadPendingSchema = z.object({
  moderationState: z.string(),
  retrySeconds: z.number(),
});

const wbProductDetailsSchema = z.object({
  imtId: z.number().int().optional(),
  nmId: z.number().int(),
  productName: z.string().nullish(),
  supplierArticle: z.string().nullish(),
  supplierName: z.string().nullish(),
  brandName: z.string().nullish(),
  size: z.string().nullish(),
});

export const wbFeedbackSchema = z.object({
  id: z.string(),
  text: z.string().nullish(),
  pros: z.string().nullish(),
  cons: z.string().nullish(),
  productValuation: z.number().int().nullish(),
  createdDate: vendorDateSchema,
  answer: z.object({ text: z.string(), state: z.string().nullish(), editable: z.boolean().nullish() }).nullish(),
  state: z.string().nullish(),
  productDetails: wbProductDetailsSchema,
  photoLinks: z.array(z.object({ fullSize: z.string(), miniSize: z.string().optional() })).nullish(),
  userName: z.string().nullish(),
  orderStatus: z.string().nullish(),
  wasViewed: z.boolean().nullish(),
  parentFeedbackId: z.string().nullish(),
  childFeedbackId: z.string().nullish(),
});
export type WbFeedback = z.infer<typeof wbFeedbackSchema>;

export const wbQuestionSchema = z.object({
  id: z.string(),
  text: z.string(),
  createdDate: vendorDateSchema,
  state: z.string().nullish(),
  answer: z.object({ text: z.string(), editable: z.boolean().nullish(), createDate: z.string().nullish() }).nullish(),
  productDetails: wbProductDetailsSchema,
  wasViewed: z.boolean().nullish(),
  isWarned: z.boolean().nullish(),
});
export type WbQuestion = z.infer<typeof wbQuestionSchema>;

const fqEnvelope = <T extends z.ZodType>(data: T) =>
  z.object({
    data,
    error: z.boolean().nullish(),
    errorText: z.string().nullish(),
    additionalErrors: z.array(z.string()).nullish(),
  });

export const wbFeedbacksResponseSchema = fqEnvelope(
  z.object({
    countUnanswered: z.number().int().nullish(),
    countArchive: z.number().int().nullish(),
    feedbacks: z.array(wbFeedbackSchema).nullish(),
  }),
);

export const wbQuestionsResponseSchema = fqEnvelope(
  z.object({
    countUnanswered: z.number().int().nullish(),
    countArchive: z.number().int().nullish(),
    questions: z.array(wbQuestionSchema).nullish(),
  }),
);

export const wbQuestionPatchResponseSchema = fqEnvelope(z.null()).partial();

/** Error bodies: problem+json on chat ({title, detail}), responsefeedbackErr on feedbacks ({errorText, additionalErrors}). */
export const wbErrorBodySchema = z.object({
  title: z.string().nullish(),
  detail: z.string().nullish(),
  error: z.union([z.string(), z.boolean()]).nullish(),
  errorText: z.string().nullish(),
  additionalErrors: z.array(z.string()).nullish(),
  errors: z.array(z.string()).nullish(),
});
