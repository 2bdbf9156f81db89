import { ApiError } from "@/components/api/client";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { findingText } from "@/lib/ai/finding-text";

type ErrorTexts = Dictionary["errors"];

const BY_CODE: Record<string, keyof ErrorTexts> = {
  network: "network",
  bad_request: "invalid",
  unprocessable: "invalid",
  forbidden: "forbidden",
  not_found: "notFound",
  conflict: "conflict",
  payload_too_large: "tooLarge",
  rate_limited: "tooMany",
  upstream: "upstream",
};

/**
 * The words for a failed request in the screen's language, chosen by its code, never the server's
 * English message: the caller's own text for a known reason first, then the route's words in both
 * languages or its guardrail findings, then a sentence per error code.
 */
export function apiErrorText(
  error: unknown,
  { t, locale, reasons = {} }: { t: { errors: ErrorTexts }; locale: string; reasons?: Record<string, string> },
): string {
  if (!(error instanceof ApiError)) return t.errors.generic;
  const reason = error.reason;
  const own = (reason !== undefined ? reasons[reason] : undefined) ?? reasons[error.code];
  if (own !== undefined) return own;
  const { ru, en, findings } = error.details;
  if (typeof ru === "string" && typeof en === "string") return locale === "en" ? en : ru;
  if (Array.isArray(findings) && findings.length) return findings.map((f) => findingText(f, locale)).join("; ");
  const key = BY_CODE[error.code];
  return key ? t.errors[key] : t.errors.generic;
}

const BY_ISSUE: Record<string, keyof ErrorTexts> = {
  too_small: "tooShort",
  too_big: "tooLong",
  invalid_format: "format",
};

/** A phrase for a zod issue code ("too_small" -> «Слишком коротко»), the same for the route's issues and the form's own. */
export function issueText(code: string | undefined, { t }: { t: { errors: ErrorTexts } }): string {
  return t.errors[(code && BY_ISSUE[code]) || "field"];
}

/** Field issues as `{ "credentials.token": "…" }`: the caller's words for a field, else a phrase per zod issue code. */
export function fieldErrors(
  error: unknown,
  { t, fields = {} }: { t: { errors: ErrorTexts }; fields?: Record<string, string> },
): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.issues.map((i) => [i.path, fields[i.path] ?? issueText(i.code, { t })]));
}
