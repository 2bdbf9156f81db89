// What the guarded client refused or could not do. Callers map `code` onto their own error types;
// the message names no URL (it may carry a token in its query) and is meant for logs.

export type OutboundErrorCode =
  | "invalid_url" // not an http(s) URL
  | "blocked_address" // loopback, private, link-local, metadata ... (before or after DNS)
  | "redirect" // a 3xx answer: never followed
  | "too_large" // the answer passed the size cap
  | "timeout" // no complete answer within the time cap
  | "network"; // connection refused, DNS failure, reset ...

export class OutboundError extends Error {
  readonly code: OutboundErrorCode;
  /** The system error code for "network" (ECONNREFUSED, ENOTFOUND ...). */
  readonly causeCode: string | null;
  /** The HTTP status of a refused redirect. */
  readonly status: number | null;

  constructor(
    code: OutboundErrorCode,
    message: string,
    options: { causeCode?: string | null; status?: number | null; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "OutboundError";
    this.code = code;
    this.causeCode = options.causeCode ?? null;
    this.status = options.status ?? null;
  }
}
