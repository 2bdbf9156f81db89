import { ApiError } from "@/components/api/client";
import { apiErrorText } from "@/components/api/error-text";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import { retryMinutes } from "@/lib/i18n/security";

/** A refused account form in the screen's language: too many attempts says how long to wait. */
export function refusalText(error: unknown, { t, locale }: { t: Dictionary; locale: string }): string {
  if (error instanceof ApiError && error.status === 429) return formatMessage(locale, t.security.signUp.tooMany, { minutes: retryMinutes(error.retryAfter) });
  return apiErrorText(error, { t, locale });
}
