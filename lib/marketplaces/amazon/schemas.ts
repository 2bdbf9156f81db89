import { z } from "zod";

// Amazon SP-API Messaging v1 (HAL) and LWA token payloads.

export const lwaTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z.string().nullish(),
  refresh_token: z.string().nullish(),
});

const linkSchema = z.object({ href: z.string(), name: z.string().nullish() });

export const amazonErrorSchema = z.object({ code: z.string(), message: z.string(), details: z.string().nullish() });

export const messagingActionsResponseSchema = z.object({
  _links: z.object({ actions: z.array(linkSchema), self: linkSchema }),
  _embedded: z.object({ actions: z.array(z.object({ _links: z.object({ self: linkSchema, schema: linkSchema }) }).passthrough()) }).nullish(),
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
