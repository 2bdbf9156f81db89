import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import { apiErrorText, fieldErrors } from "@/components/api/error-text";

type Texts = Parameters<typeof apiErrorText>[1] & { fields?: Record<string, string> };

/**
 * Puts a refused request on the form: each field issue the route named on its field, anything else
 * (a conflict, a lapsed network) on the form's root, worded from the dictionaries.
 */
export function setApiErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, { fields, ...texts }: Texts): void {
  const issues = Object.entries(fieldErrors(error, { t: texts.t, fields }));
  for (const [path, message] of issues) setError(path as FieldPath<T>, { type: "server", message });
  if (!issues.length) setError("root", { type: "server", message: apiErrorText(error, texts) });
}
