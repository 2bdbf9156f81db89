import type { FieldError, FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import { apiErrorText, fieldErrors, issueText } from "@/components/api/error-text";

type Texts = Parameters<typeof apiErrorText>[1] & {
  fields?: Record<string, string>;
  /** The form field a route's issue path belongs to, where the two differ (an item of a list typed as text). */
  fieldOf?: (path: string) => string;
};

/**
 * Puts a refused request on the form: each field issue the route named on its field, anything else
 * (a conflict, a lapsed network) on the form's root, worded from the dictionaries.
 */
export function setApiErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  { fields, fieldOf = (path) => path, ...texts }: Texts,
): void {
  const issues = Object.entries(fieldErrors(error, { t: texts.t, fields })).map(([path, message]) => {
    const field = fieldOf(path);
    return [field, fields?.[field] ?? message] as const;
  });
  for (const [field, message] of issues) setError(field as FieldPath<T>, { type: "server", message });
  if (!issues.length) setError("root", { type: "server", message: apiErrorText(error, texts) });
}

/**
 * A field's error in the screen's language. The route's (set by setApiErrors) is worded already; the
 * form's own check (zodResolver, same schema as the route) is worded by its issue code, never zod's
 * English message: the caller's words for the field first, else a phrase per code.
 */
export function fieldErrorText(
  error: FieldError | undefined,
  { t, own }: { t: Texts["t"]; own?: string },
): string | undefined {
  if (!error) return undefined;
  if (error.type === "server") return error.message;
  // An empty field misses its minimum length: it asks to be filled in, not that it is «too short».
  const empty = error.type === "too_small" && (error.ref as { value?: unknown } | undefined)?.value === "";
  return own ?? (empty ? t.errors.required : issueText(error.type, { t }));
}
