// Upstream text (a provider's or a marketplace's error message) before it is stored or shown.

import { cutText } from "@/lib/text/cut-text";

const REDACTED = "[redacted]";
const MAX_TEXT = 300;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** One line of a provider's or marketplace's text fit to show and store: secrets replaced, control characters dropped, lone surrogates replaced, length capped. */
export function cleanText({
  text,
  secrets,
  max = MAX_TEXT,
}: {
  text: string;
  secrets: readonly (string | undefined)[];
  max?: number;
}): string {
  let result = text;
  for (const secret of secrets) if (secret && secret.length >= 4) result = result.split(secret).join(REDACTED);
  // Well-formed and cut between characters: a lone surrogate (sent, or half an emoji) fails the jsonb it is stored in.
  result = result.replace(CONTROL, " ").trim().toWellFormed();
  return result.length > max ? `${cutText(result, max)}…` : result;
}
