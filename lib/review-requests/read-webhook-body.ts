import { AppError } from "@/lib/errors";
import { MAX_WEBHOOK_BODY_CHARS } from "@/lib/review-requests/sources/parse-body";

// Real POS/CRM webhooks are a few KB; the parser refuses more than 256,000 characters, so a
// larger body is refused before it is read in full (413), whatever Content-Length claims.
export const MAX_WEBHOOK_BODY_BYTES = MAX_WEBHOOK_BODY_CHARS;

export class PayloadTooLargeError extends AppError {
  constructor() {
    super("payload_too_large", `Body larger than ${MAX_WEBHOOK_BODY_BYTES} bytes`);
  }
}

export async function readWebhookBody({ req, maxBytes = MAX_WEBHOOK_BODY_BYTES }: { req: Request; maxBytes?: number }): Promise<string> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw new PayloadTooLargeError();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new PayloadTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
