import { connectorForAccount } from "@/lib/accounts/account-connector";
import { findWebhookAccount, type WebhookSource } from "@/lib/ingest/find-webhook-account";
import { requestWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { quarantineRecords } from "@/lib/ingest/quarantine-records";
import { storeWebhookEvents } from "@/lib/ingest/store-webhook-events";
import { webhookDedupKey } from "@/lib/ingest/webhook-dedup-key";
import { dispatchEvent } from "@/lib/jobs/dispatch-event";
import { PICKUP } from "@/lib/jobs/pickups";

export type WebhookReply = { status: number; body: unknown };

/**
 * Validates a marketplace push, stores each event it carries (once: a unique dedup key per account),
 * and only then answers what the marketplace expects. Processing happens after the answer; the
 * sweep retries anything that did not finish.
 */
export async function receiveWebhook({
  source,
  secret,
  body,
}: {
  source: WebhookSource;
  secret: string;
  body: string;
}): Promise<WebhookReply | null> {
  const account = await findWebhookAccount({ source, secret });
  if (!account) return null;
  const connector = connectorForAccount({ account });
  const result = await connector.handleWebhook({ body });
  // A push of a known type that could not be used is acknowledged (a retry would bring the same body)
  // and kept aside for the owner.
  await quarantineRecords({ account, records: result.skipped });
  const rows = result.events.flatMap((event) => {
    const dedupKey = webhookDedupKey(event);
    return dedupKey ? [{ accountId: account.id, dedupKey, eventType: event.type, body }] : [];
  });
  if (rows.length) {
    const eventIds = await storeWebhookEvents({ rows });
    if (eventIds.length) {
      await dispatchEvent({
        name: "inbox/webhook.received",
        data: { eventIds },
        runInProcess: () => requestWebhookDrain(),
        workerPicksUp: PICKUP.webhookEvents,
      });
    }
  }
  return result.response;
}
