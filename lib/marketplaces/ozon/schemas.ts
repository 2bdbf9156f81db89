import { z } from "zod";

import { rawListSchema } from "@/lib/marketplaces/parse-each";
import { idSchema, vendorDateSchema } from "@/lib/marketplaces/schemas";

// Ozon Seller API chat payloads. Message ids are uint64 (> 2^53): parsed big-int-safely, kept as strings.
// The official examples send `has_next` both as boolean and as the string "true" - accept both.
// The captured subset marks no response field required: list elements require nothing here, the mappers
// decide what a record needs (an id, a date), and lists are parsed element by element (parse-each.ts).

const looseBool = z.union([z.boolean(), z.enum(["true", "false"])]).transform((v) => v === true || v === "true");

export const ozonChatListItemSchema = z.object({
  chat: z
    .object({
      chat_id: z.string().nullish(),
      chat_status: z.string().nullish(),
      chat_type: z.string().nullish(),
      created_at: z.string().nullish(),
    })
    .nullish(),
  first_unread_message_id: idSchema.nullish(),
  last_message_id: idSchema.nullish(),
  unread_count: z.number().int().nullish(),
});
export type OzonChatListItem = z.infer<typeof ozonChatListItemSchema>;

export const ozonChatListResponseSchema = z.object({
  chats: rawListSchema.nullish(),
  cursor: z.string().nullish(),
  has_next: looseBool.nullish(),
  total_unread_count: z.number().int().nullish(),
});

export const ozonMessageSchema = z.object({
  context: z.object({ order_number: z.string().nullish(), sku: idSchema.nullish() }).nullish(),
  created_at: z.string().nullish(),
  data: z.array(z.string()).nullish(),
  is_image: z.boolean().nullish(),
  is_read: z.boolean().nullish(),
  message_id: idSchema.nullish(),
  moderate_image_status: z.string().nullish(),
  user: z.object({ id: idSchema.nullish(), type: z.string().nullish() }).nullish(),
});
export type OzonMessage = z.infer<typeof ozonMessageSchema>;

export const ozonChatHistoryResponseSchema = z.object({
  has_next: looseBool.nullish(),
  messages: rawListSchema.nullish(),
});

export const ozonResultSuccessSchema = z.object({ result: z.string() });
export const ozonChatStartResponseSchema = z.object({ result: z.object({ chat_id: z.string() }) });
export const ozonChatReadResponseSchema = z.object({ unread_count: z.number().int().nullish() }).passthrough();

/** rpcStatus `{code, message, details}`; push endpoints use `{error: {code, message}}`. */
export const ozonErrorBodySchema = z.object({
  code: z.union([z.number(), z.string()]).nullish(),
  message: z.string().nullish(),
  error: z.object({ code: z.string().nullish(), message: z.string().nullish() }).nullish(),
});

const pushBase = { chat_id: z.string(), chat_type: z.string().nullish(), seller_id: idSchema.nullish() };
const pushUser = z.object({ id: idSchema.nullish(), type: z.string() });

export const ozonPushSchema = z.discriminatedUnion("message_type", [
  z.object({ message_type: z.literal("TYPE_PING"), time: z.string().nullish() }),
  z.object({
    message_type: z.enum(["TYPE_NEW_MESSAGE", "TYPE_UPDATE_MESSAGE"]),
    ...pushBase,
    message_id: idSchema,
    created_at: vendorDateSchema,
    updated_at: vendorDateSchema.nullish(),
    user: pushUser,
    data: z.array(z.string()).nullish(),
  }),
  z.object({
    message_type: z.literal("TYPE_MESSAGE_READ"),
    ...pushBase,
    user: pushUser.nullish(),
    last_read_message_id: idSchema.nullish(),
  }),
  z.object({ message_type: z.literal("TYPE_CHAT_CLOSED"), ...pushBase, user: pushUser.nullish() }),
]);
export type OzonPush = z.infer<typeof ozonPushSchema>;
