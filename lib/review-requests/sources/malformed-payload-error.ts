import type { z } from "zod";

/**
 * The body is not a payload we can read (not JSON/form, not an object, a field of the wrong
 * type). The webhook route answers 400 with `reason`; it contains no secrets and may be shown.
 * Once lib/errors.ts lands this can extend AppError("malformed_payload", { expose: true }).
 */
export class MalformedPayloadError extends Error {
  readonly code = "malformed_payload";
  readonly httpStatus = 400;

  constructor(readonly reason: string) {
    super(reason);
    this.name = "MalformedPayloadError";
  }

  static fromZod({ source, error }: { source: string; error: z.ZodError }): MalformedPayloadError {
    const details = error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.map(String).join(".") || "(корень)"}: ${issue.message}`)
      .join("; ");
    return new MalformedPayloadError(`Некорректный webhook ${source}: ${details}`);
  }
}
