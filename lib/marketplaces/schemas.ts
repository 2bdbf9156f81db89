import { z } from "zod";

import { marketplaceSchema } from "@/lib/marketplaces/marketplace-schema";
import { messageNoticeSchema } from "@/lib/marketplaces/message-notice";

// Normalised shapes every connector returns. Vendor payloads are parsed with each marketplace's own
// schemas.ts and mapped into these in its map.ts. Ids are strings (int64 ids do not fit a JS number);
// timestamps are ISO-8601 UTC strings.

const isoDateTime = z.iso.datetime({ offset: true });

/** Coerces ids that arrive as numbers or (big-int-safe parsed) strings into strings. */
export const idSchema = z.union([z.string().min(1), z.number().int()]).transform((v) => String(v));

export const capabilitiesSchema = z.object({
  /** Buyers can write to the seller and we can read those messages. */
  inboundChats: z.boolean(),
  /** The marketplace pushes events to a URL (otherwise: poll `fetchUpdates`). */
  webhooks: z.boolean(),
  /** The seller may open a conversation (by order/return). */
  sellerCanStartChat: z.boolean(),
  /**
   * When the seller may write first in an existing chat (follow-ups, scheduled messages):
   * buyer_opened - only into chats the buyer wrote in; order_context - chats about an ORDER or RETURN,
   * never DIRECT ones; offered_types - only message types the marketplace offers for the order now.
   */
  proactive: z.enum(["buyer_opened", "order_context", "offered_types"]),
  /** Chats carry an order/return/product reference. */
  orderContext: z.boolean(),
  /** Per-chat history endpoint exists (`listMessages`); false means events only. */
  chatHistory: z.boolean(),
  reviews: z.boolean(),
  questions: z.boolean(),
  /** Max characters of one outgoing chat message. */
  maxTextLength: z.number().int().positive(),
  /** Outgoing files; null when the connector cannot send files. */
  attachments: z
    .object({
      mimeTypes: z.array(z.string()),
      maxFileBytes: z.number().int().positive(),
      maxFilesPerMessage: z.number().int().positive(),
      maxTotalBytes: z.number().int().positive().nullable(),
    })
    .nullable(),
  /** A sent chat reply can be edited afterwards. */
  canEditSentReply: z.boolean(),
  /** An answer to a review/question can be edited afterwards. */
  canEditReviewAnswer: z.boolean(),
  markRead: z.boolean(),
  /** The marketplace states the buyer's preferred language per order (`getBuyerLocale`). */
  buyerLocale: z.boolean().optional(),
});
export type Capabilities = z.infer<typeof capabilitiesSchema>;

export const attachmentSchema = z.object({
  /** Vendor file id when there is one (WB downloadID), else null. */
  externalId: z.string().nullable(),
  url: z.string().nullable(),
  fileName: z.string(),
  mimeType: z.string().nullable(),
  size: z.number().int().nonnegative().nullable(),
  kind: z.enum(["image", "file", "item", "link", "voice", "other"]),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const chatContextSchema = z.object({
  orderId: z.string().nullable().default(null),
  returnId: z.string().nullable().default(null),
  productId: z.string().nullable().default(null),
  itemTitle: z.string().nullable().default(null),
  itemUrl: z.string().nullable().default(null),
});
export type ChatContext = z.infer<typeof chatContextSchema>;

export const chatKindSchema = z.enum(["chat", "question", "review"]);

export const chatDisputeSchema = z.object({ state: z.enum(["open", "finished"]), at: isoDateTime.nullable() });
export type ChatDispute = z.infer<typeof chatDisputeSchema>;

export const chatSchema = z.object({
  externalId: z.string().min(1),
  kind: chatKindSchema,
  customerName: z.string().nullable(),
  /** The marketplace's own id of the buyer, when it gives one: the buyer's other conversations are matched by it. */
  buyerId: z.string().nullable().optional(),
  context: chatContextSchema,
  /** Vendor status verbatim (YM WAITING_FOR_PARTNER, Ozon OPENED ...). */
  marketplaceStatus: z.string().nullable(),
  /** True when the marketplace itself says the seller owes a reply; null when it does not say. */
  awaitingReply: z.boolean().nullable(),
  unreadCount: z.number().int().nonnegative().nullable(),
  createdAt: isoDateTime.nullable(),
  lastMessageAt: isoDateTime.nullable(),
  /** Opaque token the marketplace requires to reply (WB replySign); store it with the chat. */
  replyToken: z.string().nullable(),
  /**
   * A dispute (Yandex Market arbitrage) on the chat: `at` is the event's own time when a push said so,
   * null when only the chat's current state says so. Absent: the connector does not know.
   */
  dispute: chatDisputeSchema.nullable().optional(),
});
export type Chat = z.infer<typeof chatSchema>;

/** A chat known only by its id (an event that names a chat the seller's chat list has not shown yet). */
export function chatWithIdOnly({ externalId }: { externalId: string }): Chat {
  return {
    externalId,
    kind: "chat",
    customerName: null,
    context: { orderId: null, returnId: null, productId: null, itemTitle: null, itemUrl: null },
    marketplaceStatus: null,
    awaitingReply: null,
    unreadCount: null,
    createdAt: null,
    lastMessageAt: null,
    replyToken: null,
  };
}

export const messageAuthorSchema = z.enum(["buyer", "seller", "marketplace", "system"]);
export type MessageAuthor = z.infer<typeof messageAuthorSchema>;

export const messageSchema = z.object({
  externalId: z.string().min(1),
  chatExternalId: z.string().min(1),
  author: messageAuthorSchema,
  text: z.string(),
  /** A report with no words of its own (text empty), worded where it is shown. */
  notice: messageNoticeSchema.nullable().optional(),
  /** The buyer's review message: the review's pros and cons, apart from its text. */
  reviewPros: z.string().nullable().optional(),
  reviewCons: z.string().nullable().optional(),
  createdAt: isoDateTime,
  attachments: z.array(attachmentSchema),
  isRead: z.boolean().nullable(),
});
export type Message = z.infer<typeof messageSchema>;

export const reviewKindSchema = z.enum(["review", "question"]);
export type ReviewKind = z.infer<typeof reviewKindSchema>;

export const reviewSchema = z.object({
  externalId: z.string().min(1),
  kind: reviewKindSchema,
  rating: z.number().int().min(1).max(5).nullable(),
  text: z.string(),
  pros: z.string().nullable(),
  cons: z.string().nullable(),
  productId: z.string().nullable(),
  productTitle: z.string().nullable(),
  orderId: z.string().nullable(),
  customerName: z.string().nullable(),
  createdAt: isoDateTime,
  answered: z.boolean(),
  answerText: z.string().nullable(),
  answerEditable: z.boolean().nullable(),
  photoUrls: z.array(z.string()),
  /** A supplemented review (Wildberries parentFeedbackId): the buyer's update of this earlier one. */
  parentExternalId: z.string().nullable().optional(),
  /**
   * The comments under the review (Yandex Market), in the marketplace's order, as messages of the review's
   * thread; when present they replace the single `answerText`.
   */
  replies: z.array(messageSchema).optional(),
});
export type Review = z.infer<typeof reviewSchema>;

/** Reference to a chat as stored by the caller: enough to reply. */
export const chatRefSchema = z.object({
  externalId: z.string().min(1),
  replyToken: z.string().nullable().optional(),
});
export type ChatRef = z.infer<typeof chatRefSchema>;

export const outgoingFileSchema = z.object({
  fileName: z.string().min(1),
  mimeType: z.string().min(1),
  bytes: z.instanceof(Uint8Array),
});
export type OutgoingFile = z.infer<typeof outgoingFileSchema>;

/**
 * A vendor record that could not be used (a list element or a push): kept aside with the reason, so one
 * odd record never blocks the rest of a page. `raw` is the element as received.
 */
export const skippedRecordSchema = z.object({
  /** What the record is, e.g. "wildberries.event", "ozon.push". */
  kind: z.string().min(1),
  reason: z.string(),
  raw: z.unknown(),
});
export type SkippedRecord = z.infer<typeof skippedRecordSchema>;

export const updateBatchSchema = z.object({
  chats: z.array(chatSchema),
  messages: z.array(messageSchema),
  /** Store and pass back next time; null means "start from the beginning". */
  cursor: z.string().nullable(),
  /** More is waiting: call again at once with the returned cursor. */
  hasMore: z.boolean(),
  /** Records of this batch that could not be used; the cursor still advances past them. */
  skipped: z.array(skippedRecordSchema).optional(),
});
export type UpdateBatch = z.infer<typeof updateBatchSchema>;

export const sentMessageSchema = z.object({
  externalId: z.string().nullable(),
  chatExternalId: z.string(),
  createdAt: isoDateTime,
  /** Partial failures the marketplace reported while accepting the text (WB file-upload errors[]). */
  warnings: z.array(z.string()),
});
export type SentMessage = z.infer<typeof sentMessageSchema>;

export const webhookEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ping") }),
  z.object({
    type: z.literal("message.created"),
    chatExternalId: z.string(),
    messageExternalId: z.string(),
    /** Full message when the push carries it (Ozon, Avito); null when it must be fetched (Yandex Market). */
    message: messageSchema.nullable(),
  }),
  z.object({
    type: z.literal("message.updated"),
    chatExternalId: z.string(),
    messageExternalId: z.string(),
    /** The message as it reads after the edit. */
    message: messageSchema,
    /** The marketplace's time of this edit (Ozon updated_at). */
    editedAt: isoDateTime,
  }),
  /** The buyer has read the chat up to this message (Ozon TYPE_MESSAGE_READ: last_read_message_id). */
  z.object({ type: z.literal("messages.read"), chatExternalId: z.string(), upToMessageExternalId: z.string() }),
  z.object({ type: z.literal("chat.created"), chatExternalId: z.string() }),
  z.object({ type: z.literal("chat.closed"), chatExternalId: z.string() }),
  z.object({ type: z.literal("review.created"), reviewExternalId: z.string(), kind: reviewKindSchema }),
  /** A comment under a review (buyer or seller); the push names only the comment: read it with `getReviewComments`. */
  z.object({ type: z.literal("review.comment"), commentExternalId: z.string(), at: isoDateTime }),
  /** A dispute opened or closed on a chat; the chat itself is read again with `fetchChat`. */
  z.object({
    type: z.literal("chat.dispute"),
    chatExternalId: z.string(),
    state: chatDisputeSchema.shape.state,
    at: isoDateTime,
  }),
  /** Everything there is to know came with the push (Yandex Market questions): store it as it is. */
  z.object({ type: z.literal("conversation.message"), chat: chatSchema, message: messageSchema }),
  z.object({ type: z.literal("ignored"), vendorType: z.string() }),
]);
export type WebhookEvent = z.infer<typeof webhookEventSchema>;

export const webhookResultSchema = z.object({
  events: z.array(webhookEventSchema),
  /** What to answer the marketplace (some require a specific body, e.g. Ozon/YM PING). */
  response: z.object({ status: z.number().int(), body: z.unknown() }),
  /** A push of a known type that could not be used: acknowledged, and kept aside for the owner. */
  skipped: z.array(skippedRecordSchema).optional(),
});
export type WebhookResult = z.infer<typeof webhookResultSchema>;

const connectHelpSchema = z.object({
  summary: z.string(),
  steps: z.array(z.string()),
  fields: z.record(z.string(), z.string()),
});

export const marketplaceMetaSchema = z.object({
  marketplace: marketplaceSchema,
  title: z.string(),
  capabilities: capabilitiesSchema,
  /** Help for the connect-account form in each UI language: where the seller gets each credential. */
  help: z.object({ ru: connectHelpSchema, en: connectHelpSchema }),
});
export type MarketplaceMeta = z.infer<typeof marketplaceMetaSchema>;

/** A vendor timestamp string that must parse as a date (mappers convert it to ISO UTC). */
export const vendorDateSchema = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "not a date");
