import { z } from "zod";

import { rawListSchema } from "@/lib/marketplaces/parse-each";

// Amazon SP-API Messaging v1 (HAL) and LWA token payloads. The actions response requires nothing at the top
// level; `_links.actions` is read link by link (parse-each.ts), so one odd link does not hide the others.

export const lwaTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z.string().nullish(),
  refresh_token: z.string().nullish(),
});

/** LinkObject: `href` is the one required field. */
export const amazonLinkSchema = z.object({ href: z.string(), name: z.string().nullish() });
const linkSchema = amazonLinkSchema;

export const amazonErrorSchema = z.object({ code: z.string(), message: z.string(), details: z.string().nullish() });

export const messagingActionsResponseSchema = z.object({
  _links: z.object({ actions: rawListSchema.nullish(), self: linkSchema.nullish() }).nullish(),
  _embedded: z.object({ actions: rawListSchema.nullish() }).nullish(),
  errors: z.array(amazonErrorSchema).nullish(),
});

/** GetAttributes: the buyer's language of preference, e.g. "en-US", "de-DE" (the spec marks nothing required). */
export const getAttributesResponseSchema = z.object({
  buyer: z.object({ locale: z.string().trim().nullish() }).nullish(),
  errors: z.array(amazonErrorSchema).nullish(),
});

export const createMessageResponseSchema = z.object({ errors: z.array(amazonErrorSchema).nullish() }).nullable();

export const amazonErrorBodySchema = z.object({
  errors: z.array(amazonErrorSchema.partial({ message: true })).nullish(),
  error: z.string().nullish(),
  error_description: z.string().nullish(),
});
