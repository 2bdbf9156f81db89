import { NextResponse, type NextRequest } from "next/server";
import { PayloadTooLargeError } from "@/lib/http/read-limited-body";
import { readWebhookBody } from "@/lib/http/read-webhook-body";
import type { WebhookSource } from "@/lib/ingest/find-webhook-account";
import { answerWebhook, MAX_MARKETPLACE_WEBHOOK_BYTES, TOO_LARGE_ANSWER } from "@/lib/ingest/answer-webhook";

type Ctx = { params: Promise<Record<string, string | string[]>> };

/** The shared shape of the marketplace webhook routes: size limit (413), then answerWebhook. */
export function webhookRoute({ source }: { source: WebhookSource }) {
  return async (req: NextRequest, ctx: Ctx) => {
    const secret = String((await ctx.params).secret ?? "");
    let body: string;
    try {
      body = await readWebhookBody({ req, maxBytes: MAX_MARKETPLACE_WEBHOOK_BYTES });
    } catch (error) {
      if (error instanceof PayloadTooLargeError)
        return NextResponse.json(TOO_LARGE_ANSWER.body, { status: TOO_LARGE_ANSWER.status });
      throw error;
    }
    const answer = await answerWebhook({ source, secret, body });
    return NextResponse.json(answer.body, { status: answer.status });
  };
}
