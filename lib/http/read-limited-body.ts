import { AppError } from "@/lib/errors";

// Request bodies are read against a limit while they stream in: a declared Content-Length over the
// limit is refused before a byte is read, and a body without one (chunked) is refused as soon as the
// bytes counted pass the limit — never buffered in full first. Each route passes its own limit.

/** The JSON API's usual limit: templates and settings are a few KB; this leaves room for the largest. */
export const JSON_BODY_MAX_BYTES = 128 * 1024;
/** Sign-up, sign-in, invitations, the language switch: a few short fields. */
export const SMALL_BODY_MAX_BYTES = 8 * 1024;

export class PayloadTooLargeError extends AppError {
  constructor(readonly maxBytes: number) {
    super("payload_too_large", `Body larger than ${maxBytes} bytes`, { details: { maxBytes } });
  }
}

/** The client went away while its body streamed in (a closed tab, a cancelled fetch): no one reads the answer. */
export class ClientClosedRequestError extends Error {
  override name = "ClientClosedRequestError";
}

/** A body read that failed because the connection closed, not because of anything the server did. */
export function isClientGone({ req, error }: { req: Request; error: unknown }): boolean {
  if (error instanceof ClientClosedRequestError || req.signal?.aborted) return true;
  const e = error as { code?: unknown; message?: unknown; name?: unknown } | null;
  return e?.code === "ECONNRESET" || e?.message === "aborted" || e?.name === "AbortError";
}

/** True when Content-Length declares more than `maxBytes`: answer 413 without reading. */
export function declaresOver({ headers, maxBytes }: { headers: Headers; maxBytes: number }): boolean {
  const declared = Number(headers.get("content-length"));
  return Number.isFinite(declared) && declared > maxBytes;
}

export async function readLimitedBody({ req, maxBytes }: { req: Request; maxBytes: number }): Promise<Buffer> {
  if (declaresOver({ headers: req.headers, maxBytes })) throw new PayloadTooLargeError(maxBytes);
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((error: unknown) => {
      throw isClientGone({ req, error })
        ? new ClientClosedRequestError("client closed the request", { cause: error })
        : error;
    });
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new PayloadTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
