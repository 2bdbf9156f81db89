import { z } from "zod";

import { marketplaceSchema } from "@/lib/marketplaces/marketplace-schema";
import { MESSAGE_TYPE_NAMES } from "@/lib/marketplaces/registry";

// Shared vocabulary of lib/ai. Everything that crosses the module's edge (draft context from the inbox,
// eval files, LLM output) is parsed with these schemas; types are inferred, never hand-written.

export { marketplaceSchema };
export type { Marketplace } from "@/lib/marketplaces/marketplace";

// Labels are part of the eval file format (lib/ai/eval/*.jsonl), so renaming one is a format change.
export const intentSchema = z.enum([
  "delivery",
  "size_fit",
  "defect",
  "return",
  "availability",
  "thanks",
  "other",
  "no_reply",
]);
export type Intent = z.infer<typeof intentSchema>;

export const sentimentSchema = z.enum(["negative", "neutral", "positive"]);
export type Sentiment = z.infer<typeof sentimentSchema>;

export const prioritySchema = z.enum(["urgent", "high", "normal"]);
export type Priority = z.infer<typeof prioritySchema>;

export const classificationSchema = z.object({
  sentiment: sentimentSchema,
  intent: intentSchema,
  priority: prioritySchema,
  slaMinutes: z.number().int().positive(),
  source: z.enum(["offline", "llm"]),
});
export type Classification = z.infer<typeof classificationSchema>;

export const chatKindSchema = z.enum(["chat", "question", "review"]);
export type ChatKind = z.infer<typeof chatKindSchema>;

// Some marketplaces (Amazon) send typed messages instead of free chat, each with its own text limit (the
// descriptor's messageTypes). The field is still called amazonMessageType in the API and the database.
export const typedMessageTypeSchema = z.enum(MESSAGE_TYPE_NAMES);
export type TypedMessageType = z.infer<typeof typedMessageTypeSchema>;

export const messageTypeSchema = z.union([chatKindSchema, typedMessageTypeSchema]);
export type MessageType = z.infer<typeof messageTypeSchema>;

export const messageAuthorSchema = z.enum(["buyer", "seller", "marketplace", "system"]);
export type MessageAuthor = z.infer<typeof messageAuthorSchema>;

export const contextMessageSchema = z.object({
  author: messageAuthorSchema,
  text: z.string(),
  createdAt: z.coerce.date(),
});
export type ContextMessage = z.infer<typeof contextMessageSchema>;

export const orderContextSchema = z.object({
  number: z.string().min(1).optional(),
  status: z.string().min(1).optional(),
  deliveryDate: z.string().min(1).optional(),
  pickupPoint: z.string().min(1).optional(),
});
export type OrderContext = z.infer<typeof orderContextSchema>;

export const productContextSchema = z.object({
  name: z.string().min(1).optional(),
  article: z.string().min(1).optional(),
  size: z.string().min(1).optional(),
  color: z.string().min(1).optional(),
  price: z.string().min(1).optional(),
  sizeChartHint: z.string().min(1).optional(),
});
export type ProductContext = z.infer<typeof productContextSchema>;

export const toneSettingsSchema = z.object({
  // Marketplace buyers are addressed formally; informal "ты" is deliberately not offered.
  formality: z.literal("вы").default("вы"),
  signature: z.string().max(200).optional(),
  sellerName: z.string().max(120).optional(),
  // Free text is only understood by the LLM; the offline drafter ignores it.
  extraInstructions: z.string().max(2000).optional(),
});
export type ToneSettings = z.infer<typeof toneSettingsSchema>;

/** Each shop fact is a paragraph, not a policy document: enough for terms, short enough for every prompt. */
export const SHOP_FACT_MAX_CHARS = 1000;

/** What the owner wrote about the shop (lib/ai/shop-facts); empty text: nothing said. */
export const shopFactsSchema = z.object({
  delivery: z.string().max(SHOP_FACT_MAX_CHARS).default(""),
  sizes: z.string().max(SHOP_FACT_MAX_CHARS).default(""),
  returns: z.string().max(SHOP_FACT_MAX_CHARS).default(""),
  other: z.string().max(SHOP_FACT_MAX_CHARS).default(""),
});
export type ShopFacts = z.infer<typeof shopFactsSchema>;

/** A past buyer message and the reply the seller sent for it (lib/ai/examples), for the LLM prompt. */
export const replyExampleSchema = z.object({ buyer: z.string().min(1).max(1500), reply: z.string().min(1).max(1500) });
export type ReplyExample = z.infer<typeof replyExampleSchema>;

export const draftContextSchema = z.object({
  marketplace: marketplaceSchema,
  kind: chatKindSchema.default("chat"),
  messageType: typedMessageTypeSchema.optional(),
  messages: z.array(contextMessageSchema).min(1),
  buyerName: z.string().min(1).max(120).optional(),
  /** The buyer's preferred language as the marketplace states it (BCP 47, e.g. "de-DE"); the reply is in it. */
  buyerLocale: z.string().min(2).max(35).optional(),
  order: orderContextSchema.optional(),
  product: productContextSchema.optional(),
  isNegativeReview: z.boolean().default(false),
  /**
   * The review a negative-review case is about, when the buyer has not written in the chat yet (the
   * seller's first message on a held Wildberries review): what the draft answers instead of a message.
   */
  reviewText: z.string().min(1).max(2000).optional(),
  rating: z.number().int().min(1).max(5).optional(),
  tone: toneSettingsSchema.default({ formality: "вы" }),
  /** Varies the offline wording between conversations (the chat or review id); stable for one. */
  seed: z.string().max(100).optional(),
  shopFacts: shopFactsSchema.optional(),
  /** Few-shot examples from the seller's own replies; only the LLM reads them. */
  examples: z.array(replyExampleSchema).max(5).default([]),
});
export type DraftContext = z.infer<typeof draftContextSchema>;
export type DraftContextInput = z.input<typeof draftContextSchema>;

export const findingKindSchema = z.enum([
  "link",
  "email",
  "phone",
  "messenger",
  "handle",
  "payment",
  "promo_code",
  "rating_request",
  "review_reward",
  "review_pressure",
  "contact_request",
  "off_platform",
  /** A contact or a conversation outside the marketplace as the learned model reads it (no rule's wording). */
  "contact",
  "html",
  "length",
]);
export type FindingKind = z.infer<typeof findingKindSchema>;

export const findingSchema = z.object({
  kind: findingKindSchema,
  severity: z.enum(["block", "flag"]),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  match: z.string(),
  message: z.string(),
  /** The same message in English, for an English screen. */
  messageEn: z.string().optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const fallbackReasonSchema = z.enum([
  "timeout",
  "http_error",
  "network",
  "malformed",
  "empty",
  "guardrails",
  "aborted",
]);
export type FallbackReason = z.infer<typeof fallbackReasonSchema>;

export const draftResultSchema = z.object({
  text: z.string(),
  model: z.string(),
  latencyMs: z.number().nonnegative(),
  findings: z.array(findingSchema),
  source: z.enum(["llm", "offline"]),
  fallbackReason: fallbackReasonSchema.optional(),
  classification: classificationSchema,
  /** The buyer only acknowledged: the chat can be resolved without a reply. */
  noReply: z.boolean().default(false),
});
export type DraftResult = z.infer<typeof draftResultSchema>;
