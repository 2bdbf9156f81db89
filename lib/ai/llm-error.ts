import { z } from "zod";

export const llmErrorReasonSchema = z.enum(["timeout", "http_error", "network", "malformed", "empty", "aborted"]);
export type LlmErrorReason = z.infer<typeof llmErrorReasonSchema>;

// Every way an LLM call can fail, reduced to a reason the draft result can carry as fallbackReason.
// The message is for logs only: it may contain the provider's error text, never shown to buyers.
export class LlmError extends Error {
  readonly reason: LlmErrorReason;
  readonly status?: number;

  constructor(reason: LlmErrorReason, message: string, options?: { status?: number; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = "LlmError";
    this.reason = reason;
    this.status = options?.status;
  }
}

export function toLlmError(error: unknown): LlmError {
  if (error instanceof LlmError) return error;
  if (error instanceof Error && error.name === "AbortError")
    return new LlmError("aborted", "request aborted", { cause: error });
  return new LlmError("network", error instanceof Error ? error.message : "LLM request failed", { cause: error });
}
