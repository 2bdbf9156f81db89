// What we refuse to send before the marketplace sees it (its known limits), or what we conclude from its
// answer, as a code with values: stored on the failed reply and worded in the reader's language where it
// is shown (lib/i18n/outgoing-refusals.ts). A marketplace's own words stay a MarketplaceRejectedError's reason.

export const OUTGOING_REFUSAL_CODES = [
  "text_too_long",
  "empty_message",
  "files_not_accepted",
  "too_many_files",
  "file_type",
  "file_too_big",
  "files_too_big",
  "email_address",
  "html",
  "type_not_offered",
  "text_not_offered",
  "type_too_long",
  "order_closed",
  "no_reply_sign",
  "chat_not_found",
  "answer_refused",
  "chat_not_created",
  "no_download_id",
] as const;

export type OutgoingRefusalCode = (typeof OUTGOING_REFUSAL_CODES)[number];

/** The values a refusal is worded with; {offered} lists Amazon message types, {count} of them. */
export type OutgoingRefusalParams = {
  max?: number;
  length?: number;
  fileName?: string;
  mimeType?: string;
  allowed?: string;
  megabytes?: number;
  messageType?: string;
  order?: string;
  offered?: string;
  count?: number;
};

export type OutgoingRefusal = { code: OutgoingRefusalCode; params?: OutgoingRefusalParams };
