import { z } from "zod";

import { rawListSchema } from "@/lib/marketplaces/parse-each";

// Wildberries vendor payloads (09-communications.yaml). The spec marks no field of a chat, an event, a
// feedback or a question as required, and WB drops deprecated ones (clientID, goodCard.statusID) without
// notice: element schemas require nothing, and dates stay strings (an odd one must not fail parsing). The
// mappers decide what a record needs to be usable; lists are parsed element by element (parse-each.ts).

export const wbGoodCardSchema = z.object({
  date: z.string().nullish(),
  nmID: z.number().int().nullish(),
  price: z.number().nullish(),
  priceCurrency: z.string().nullish(),
  rid: z.string().nullish(),
  size: z.string().nullish(),
  statusID: z.number().nullish(),
});

export const wbFileSchema = z.object({
  contentType: z.string().nullish(),
  date: z.string().nullish(),
  downloadID: z.string().nullish(),
  name: z.string().nullish(),
  url: z.string().nullish(),
  size: z.number().int().nullish(),
});

export const wbImageSchema = z.object({
  date: z.string().nullish(),
  downloadID: z.string().nullish(),
  url: z.string().nullish(),
});

export const wbEventSchema = z.object({
  chatID: z.string().nullish(),
  eventID: z.string().nullish(),
  eventType: z.string().nullish(),
  isNewChat: z.boolean().nullish(),
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
  source: z.string().nullish(),
  addTimestamp: z.number().int().nullish(),
  addTime: z.string().nullish(),
  replySign: z.string().nullish(),
  sender: z.string().nullish(),
  clientID: z.string().nullish(),
  clientName: z.string().nullish(),
});
export type WbEvent = z.infer<typeof wbEventSchema>;

/** Nothing in the envelope is required by the spec: an answer without `result` is an empty page. */
export const wbEventsResponseSchema = z.object({
  result: z
    .object({
      next: z.number().int().nullish(),
      newestEventTime: z.string().nullish(),
      oldestEventTime: z.string().nullish(),
      totalEvents: z.number().int().nullish(),
      events: rawListSchema.nullish(),
    })
    .nullish(),
  errors: z.array(z.string()).nullish(),
});

export const wbChatSchema = z.object({
  chatID: z.string().nullish(),
  replySign: z.string().nullish(),
  clientID: z.string().nullish(),
  clientName: z.string().nullish(),
  goodCard: wbGoodCardSchema.nullish(),
  lastMessage: z.object({ text: z.string().nullish(), addTimestamp: z.number().int().nullish() }).nullish(),
});
export type WbChat = z.infer<typeof wbChatSchema>;

export const wbChatsResponseSchema = z.object({
  result: rawListSchema.nullish(),
  errors: z.array(z.string()).nullish(),
});

/** Nothing required by the spec: a message WB accepted must not be reported as failed over a missing field. */
export const wbSendResponseSchema = z.object({
  result: z.object({ addTime: z.number().int().nullish(), chatID: z.string().nullish() }).nullish(),
  errors: z.array(z.string()).nullish(),
});

/** 202 while the file is moderated; neither field is required by the spec (no retrySeconds: retry in 30 s). */
export const wbDownloadPendingSchema = z.object({
  moderationState: z.string().nullish(),
  retrySeconds: z.number().nullish(),
});

const wbProductDetailsSchema = z.object({
  imtId: z.number().int().nullish(),
  nmId: z.number().int().nullish(),
  productName: z.string().nullish(),
  supplierArticle: z.string().nullish(),
  supplierName: z.string().nullish(),
  brandName: z.string().nullish(),
  size: z.string().nullish(),
});

export const wbFeedbackSchema = z.object({
  id: z.string().nullish(),
  text: z.string().nullish(),
  pros: z.string().nullish(),
  cons: z.string().nullish(),
  productValuation: z.number().int().nullish(),
  createdDate: z.string().nullish(),
  answer: z
    .object({ text: z.string().nullish(), state: z.string().nullish(), editable: z.boolean().nullish() })
    .nullish(),
  state: z.string().nullish(),
  productDetails: wbProductDetailsSchema.nullish(),
  photoLinks: z.array(z.object({ fullSize: z.string().nullish(), miniSize: z.string().nullish() })).nullish(),
  userName: z.string().nullish(),
  orderStatus: z.string().nullish(),
  wasViewed: z.boolean().nullish(),
  parentFeedbackId: z.string().nullish(),
  childFeedbackId: z.string().nullish(),
});
export type WbFeedback = z.infer<typeof wbFeedbackSchema>;

export const wbQuestionSchema = z.object({
  id: z.string().nullish(),
  text: z.string().nullish(),
  createdDate: z.string().nullish(),
  state: z.string().nullish(),
  answer: z
    .object({ text: z.string().nullish(), editable: z.boolean().nullish(), createDate: z.string().nullish() })
    .nullish(),
  productDetails: wbProductDetailsSchema.nullish(),
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

/** `data` is not required by the spec: an answer without it is an empty page. */
export const wbFeedbacksResponseSchema = fqEnvelope(
  z
    .object({
      countUnanswered: z.number().int().nullish(),
      countArchive: z.number().int().nullish(),
      feedbacks: rawListSchema.nullish(),
    })
    .nullish(),
);

export const wbQuestionsResponseSchema = fqEnvelope(
  z
    .object({
      countUnanswered: z.number().int().nullish(),
      countArchive: z.number().int().nullish(),
      questions: rawListSchema.nullish(),
    })
    .nullish(),
);

/** Spec: `data` is `type: object, nullable: true` - WB may send an object where the example shows null. */
export const wbQuestionPatchResponseSchema = fqEnvelope(z.record(z.string(), z.unknown()).nullable()).partial();

/** /api/v1/feedbacks/archive: `data.feedbacks` only (no counters). */
export const wbArchiveFeedbacksResponseSchema = fqEnvelope(z.object({ feedbacks: rawListSchema.nullish() }).nullish());

/** Error bodies: problem+json on chat ({title, detail}), responsefeedbackErr on feedbacks ({errorText, additionalErrors}). */
export const wbErrorBodySchema = z.object({
  title: z.string().nullish(),
  detail: z.string().nullish(),
  error: z.union([z.string(), z.boolean()]).nullish(),
  errorText: z.string().nullish(),
  additionalErrors: z.array(z.string()).nullish(),
  errors: z.array(z.string()).nullish(),
});
