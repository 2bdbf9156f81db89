import crypto from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { readWebhookBody } from "@/lib/http/read-webhook-body";
import type { WebhookSource } from "@/lib/ingest/find-webhook-account";
import { receiveWebhook } from "@/lib/ingest/receive-webhook";

const log = logger("webhooks");
export const MAX_MARKETPLACE_WEBHOOK_BYTES = 1024 * 1024;

type Ctx = { params: Promise<Record<string, string | string[]>> };

/**
 * The shared shape of the marketplace webhook routes: size limit (413), secret (404), then
 * receiveWebhook answers what the marketplace expects; a technical failure gets the marketplace's
 * own error shape with status 500 (the marketplace retries), never a stack.
 */
export function webhookRoute({ source, technicalError }: { source: WebhookSource; technicalError: (requestId: string) => unknown }) {
  return async (req: NextRequest, ctx: Ctx) => {
    const requestId = crypto.randomUUID();
    const secret = String((await ctx.params).secret ?? "");
    let body: string;
    try {
      body = await readWebhookBody({ req, maxBytes: MAX_MARKETPLACE_WEBHOOK_BYTES });
    } catch (error) {
      if (error instanceof AppError && error.code === "payload_too_large") {
        return NextResponse.json({ error: { code: "payload_too_large", message: `Body over ${MAX_MARKETPLACE_WEBHOOK_BYTES} bytes` } }, { status: 413 });
      }
      throw error;
    }
    try {
      const reply = await receiveWebhook({ source, secret, body });
      if (!reply) return NextResponse.json({ error: { code: "not_found", message: "Unknown webhook" } }, { status: 404 });
      return NextResponse.json(reply.body, { status: reply.status });
    } catch (error) {
      log.error("webhook failed", { source, requestId, error: error instanceof Error ? error.message : String(error) });
      return NextResponse.json(technicalError(requestId), { status: 500 });
    }
  };
}
