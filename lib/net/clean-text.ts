// Upstream text (a provider's or a marketplace's error message) before it is stored or shown.

const REDACTED = "[redacted]";
const MAX_TEXT = 300;

/** One line of a provider's or marketplace's text fit to show: secrets replaced, control characters dropped, length capped. */
export function cleanText({ text, secrets, max = MAX_TEXT }: { text: string; secrets: readonly (string | undefined)[]; max?: number }): string {
  let result = text;
  for (const secret of secrets) if (secret && secret.length >= 4) result = result.split(secret).join(REDACTED);
  // eslint-disable-next-line no-control-regex
  result = result.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
  return result.length > max ? `${result.slice(0, max)}…` : result;
}
