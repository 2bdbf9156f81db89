import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { ApiError } from "@/components/api/client";
import { setApiErrors } from "@/components/api/form-errors";
import type { Dictionary } from "@/lib/i18n/dictionaries";

/**
 * Puts a refused scheduled message on its form: a time the service refuses (in the past, too far ahead)
 * on the time field the operator used, the route's field issues on their fields, the rest on the form.
 */
export function setScheduleErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  { t, locale, timeField }: { t: Dictionary; locale: string; timeField: Path<T> },
): void {
  const ts = t.followUps.schedule;
  const reason = error instanceof ApiError ? error.reason : undefined;
  if (reason === "send_at_past" || reason === "send_at_too_far")
    return setError(timeField, {
      type: "server",
      message: reason === "send_at_past" ? ts.sendAtPast : ts.sendAtTooFar,
    });
  setApiErrors(error, setError, { t, locale, fields: { sendAt: ts.timeInvalid, inDays: ts.daysRange } });
}
