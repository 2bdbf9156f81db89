import type { FieldError, FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * Validates a form with the route's own schema where the form's fields are not the body itself (a local
 * date-time sent as an instant, a list typed as text): `toBody` builds the body the route will parse, the
 * schema judges it, and each issue lands on the field `fieldOf` names for its path (by default the path's
 * first segment), worded later by its issue code like zodResolver's.
 */
export function routeBodyResolver<V extends FieldValues, S extends z.ZodType>(
  schema: S,
  toBody: (values: V) => unknown,
  fieldOf: (path: string) => string = (path) => path.split(".")[0] ?? path,
): Resolver<V, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(toBody(values));
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of parsed.error.issues) {
      const name = fieldOf(issue.path.join("."));
      const ref = (options.fields as Record<string, { ref?: FieldError["ref"] } | undefined>)[name]?.ref;
      errors[name] ??= { type: issue.code, message: issue.message, ref };
    }
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}
