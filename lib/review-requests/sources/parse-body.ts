import qs from "qs";

import { unsafeString, unsafeValue } from "@/lib/http/unsafe-text";
import { MalformedPayloadError } from "@/lib/review-requests/sources/malformed-payload-error";
import { given } from "@/lib/review-requests/webhook-reason";

export const MAX_WEBHOOK_BODY_CHARS = 256_000;

// amoCRM's deepest key is contacts[update][0][custom_fields][0][values][0][value] (6 levels).
const FORM_OPTIONS: qs.IParseOptions = {
  depth: 10,
  strictDepth: true,
  arrayLimit: 200,
  parameterLimit: 2_000,
  throwOnLimitExceeded: true,
  allowPrototypes: false,
  allowDots: false,
};

/**
 * Raw webhook body + Content-Type -> a plain object. JSON and
 * application/x-www-form-urlencoded (amoCRM, with nested bracket keys) are supported; with
 * no or an unhelpful Content-Type the body is sniffed. Anything else, an empty body, or a
 * top level that is not an object throws MalformedPayloadError (the route answers 400); so does
 * text no database can store (a NUL, a lone surrogate), which would fail the batched insert it joins.
 */
export function parseWebhookBody({
  rawBody,
  contentType,
}: {
  rawBody: string;
  contentType?: string | null;
}): Record<string, unknown> {
  if (rawBody.length > MAX_WEBHOOK_BODY_CHARS) {
    throw new MalformedPayloadError({ code: "body_too_large", params: { limit: MAX_WEBHOOK_BODY_CHARS } });
  }
  const body = rawBody.replace(/^\uFEFF/, "").trim();
  if (body === "") throw new MalformedPayloadError({ code: "empty_body" });
  const raw = unsafeString(body);
  if (raw) throw new MalformedPayloadError({ code: raw.reason });

  const mediaType = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
  const isForm = mediaType === "application/x-www-form-urlencoded";
  const looksLikeJson = body.startsWith("{") || body.startsWith("[");

  if (isJson || (!isForm && looksLikeJson)) return storable(parseJson(body));
  if (isForm || /^[^=&\s]+=/.test(body)) return storable(parseForm(body));
  throw new MalformedPayloadError({ code: "unsupported_type", params: { type: given(mediaType) } });
}

function parseJson(body: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new MalformedPayloadError({ code: "invalid_json" });
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new MalformedPayloadError({ code: "not_object" });
  }
  return value as Record<string, unknown>;
}

function parseForm(body: string): Record<string, unknown> {
  try {
    return qs.parse(body, FORM_OPTIONS) as Record<string, unknown>;
  } catch (error) {
    // qs throws RangeError on depth/parameter/array limits; URIError on a broken %-escape.
    throw new MalformedPayloadError({
      code: "invalid_form",
      params: { detail: given(error instanceof Error ? error.message : null) },
    });
  }
}

function storable(body: Record<string, unknown>): Record<string, unknown> {
  const unsafe = unsafeValue(body);
  if (unsafe) throw new MalformedPayloadError({ code: unsafe.reason });
  return body;
}
