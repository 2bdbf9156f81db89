import { z } from "zod";

import { rawListSchema } from "@/lib/marketplaces/parse-each";
import { idSchema } from "@/lib/marketplaces/schemas";

// Avito Messenger + OAuth payloads (avito-messenger.json, avito-auth.json). The messenger spec requires no
// field of a chat, a message or a webhook message: element schemas require nothing, the mappers decide
// what a record needs, and lists are parsed element by element (parse-each.ts).

export const avitoTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  /** Optional per OAuth 2.0 (RECOMMENDED) and typed as any number in avito-auth.json. */
  expires_in: z.number().nullish(),
  token_type: z.string().nullish(),
  refresh_token: z.string().nullish(),
  scope: z.string().nullish(),
});

export const avitoContentSchema = z
  .object({
    text: z.string().nullish(),
    image: z.object({ sizes: z.record(z.string(), z.string()).nullish() }).nullish(),
    link: z.object({ text: z.string().nullish(), url: z.string().nullish() }).nullish(),
    item: z
      .object({
        title: z.string().nullish(),
        item_url: z.string().nullish(),
        image_url: z.string().nullish(),
        price_string: z.string().nullish(),
      })
      .nullish(),
    location: z
      .object({
        text: z.string().nullish(),
        title: z.string().nullish(),
        lat: z.number().nullish(),
        lon: z.number().nullish(),
      })
      .nullish(),
    call: z.object({ status: z.string().nullish(), target_user_id: z.number().nullish() }).nullish(),
    voice: z.object({ voice_id: z.string().nullish() }).nullish(),
    flow_id: z.string().nullish(),
  })
  .nullish();
export type AvitoContent = z.infer<typeof avitoContentSchema>;

export const avitoMessageSchema = z.object({
  id: z.string().nullish(),
  author_id: idSchema.nullish(),
  created: z.number().int().nullish(),
  direction: z.string().nullish(),
  type: z.string().nullish(),
  content: avitoContentSchema,
  is_read: z.boolean().nullish(),
  read: z.number().nullish(),
});
export type AvitoMessage = z.infer<typeof avitoMessageSchema>;

/** The swagger says a bare array; live clients read `{messages: [...]}`. Accept both. */
export const avitoMessagesResponseSchema = z
  .union([rawListSchema, z.object({ messages: rawListSchema.nullish() })])
  .transform((v) => (Array.isArray(v) ? v : (v.messages ?? [])));

export const avitoChatSchema = z.object({
  id: z.string().nullish(),
  created: z.number().int().nullish(),
  updated: z.number().int().nullish(),
  context: z
    .object({
      type: z.string().nullish(),
      value: z
        .object({
          id: idSchema.nullish(),
          title: z.string().nullish(),
          url: z.string().nullish(),
          price_string: z.string().nullish(),
          user_id: idSchema.nullish(),
        })
        .nullish(),
    })
    .nullish(),
  last_message: avitoMessageSchema.nullish(),
  users: z.array(z.object({ id: idSchema.nullish(), name: z.string().nullish() })).nullish(),
});
export type AvitoChat = z.infer<typeof avitoChatSchema>;

export const avitoChatsResponseSchema = z.object({ chats: rawListSchema.nullish() });

/** avito-messenger.json marks nothing required: a message Avito took is not reported as failed over a missing field. */
export const avitoSendResponseSchema = z.object({
  id: z.string().nullish(),
  created: z.number().int().nullish(),
  direction: z.string().nullish(),
  type: z.string().nullish(),
});
export const avitoUploadResponseSchema = z.record(z.string(), z.record(z.string(), z.string()));
export const avitoOkSchema = z.object({ ok: z.boolean().nullish() }).passthrough();
export const avitoSelfSchema = z.object({ id: idSchema, name: z.string().nullish() });

export const avitoErrorBodySchema = z.object({
  error: z
    .union([z.string(), z.object({ code: z.union([z.number(), z.string()]).nullish(), message: z.string().nullish() })])
    .nullish(),
  error_description: z.string().nullish(),
  message: z.string().nullish(),
});

export const avitoWebhookSchema = z.object({
  id: z.string().nullish(),
  version: z.string().nullish(),
  timestamp: z.number().nullish(),
  payload: z.object({
    type: z.string(),
    value: z.object({
      id: z.string().nullish(),
      chat_id: z.string().nullish(),
      user_id: idSchema.nullish(),
      author_id: idSchema.nullish(),
      created: z.number().int().nullish(),
      type: z.string().nullish(),
      chat_type: z.string().nullish(),
      content: avitoContentSchema,
      item_id: idSchema.nullish(),
      published_at: z.string().nullish(),
      read: z.number().nullish(),
    }),
  }),
});
