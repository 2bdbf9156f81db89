import type { FieldValues, UseFormSetError } from "react-hook-form";
import { ApiError } from "@/components/api/client";
import { apiErrorText } from "@/components/api/error-text";
import { setApiErrors } from "@/components/api/form-errors";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import { retryMinutes } from "@/lib/i18n/security";

type Texts = { t: Dictionary; locale: string };

/** A refused account form in the screen's language: too many attempts says how long to wait. */
export function refusalText(error: unknown, { t, locale }: Texts): string {
  if (error instanceof ApiError && error.status === 429)
    return formatMessage(locale, t.security.signUp.tooMany, { minutes: retryMinutes(error.retryAfter) });
  return apiErrorText(error, { t, locale });
}

/** Puts a refused account form on its fields (the route's field issues) or its root (throttling, the rest). */
export function setRefusal<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  texts: Texts & { fields?: Record<string, string> },
): void {
  if (error instanceof ApiError && error.status === 429)
    setError("root", { type: "server", message: refusalText(error, texts) });
  else setApiErrors(error, setError, texts);
}
