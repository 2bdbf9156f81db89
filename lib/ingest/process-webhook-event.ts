import { connectorForAccount, markAccountError } from "@/lib/accounts/account-connector";
import { prisma } from "@/lib/db";
import { sql } from "kysely";
import type { MarketplaceAccount } from "@/lib/generated/prisma/client";
import { claimBatch, utc } from "@/lib/jobs/claim-batch";
import type { Row } from "@/lib/typed-sql";
import { logger } from "@/lib/log";
import { isMarketplaceError } from "@/lib/marketplaces/http/errors";
import type { Chat, Message, SkippedRecord } from "@/lib/marketplaces/schemas";
import type { MarketplaceConnector } from "@/lib/marketplaces/types";
import { applyChatDisputes, type DisputeEvent } from "@/lib/ingest/apply-chat-disputes";
import { ingestReviewComments } from "@/lib/ingest/ingest-review-comments";
import { applyMessageEdits, type MessageEdit } from "@/lib/ingest/apply-message-edits";
import { applyReadReceipts, type ReadReceipt } from "@/lib/ingest/apply-read-receipts";
import { quarantineRecords } from "@/lib/ingest/quarantine-records";
import { UnusableRecordError } from "@/lib/marketplaces/parse-each";
import { retryDelayMs } from "@/lib/ingest/retry-delay";
import { ingestReviewsById } from "@/lib/ingest/ingest-reviews-by-id";
import { upsertConversations } from "@/lib/ingest/upsert-conversations";
import { withDomainEvents } from "@/lib/events/bus";
import { webhookDedupKey } from "@/lib/ingest/webhook-dedup-key";
import { collectEventRecords, fetchChatOrNull } from "@/lib/ingest/collect-event-records";

const log = logger("ingest");
// Long enough for one processing attempt; a crashed attempt is picked up by the sweep after it.
const LEASE_MS = 2 * 60_000;

export type BatchOutcome = { claimed: number; processed: number; failed: number };
// receivedAt is read back as text (see claimEvents).
type StoredEvent = Pick<Row<"WebhookEvent">, "id" | "accountId" | "dedupKey" | "body" | "attempts"> & {
  receivedAt: string;
};

/**
 * Processes stored pushes in batches: claims them with a lease (so the sweep, the after-response run
 * and Inngest never work on one together), fetches what they refer to per account (network, outside
 * any transaction), stores all of an account's chats and messages in one upsert, and records each
 * event's success or its error and next attempt. Batching keeps a burst of pushes from turning into
 * a transaction per message.
 */
export async function processWebhookEvents({
  eventIds,
  limit = 500,
  now = new Date(),
  freshGraceMs = 0,
}: {
  eventIds?: string[];
  limit?: number;
  now?: Date;
  /** Leave events never attempted and younger than this to the after-response drain (the sweep's setting). */
  freshGraceMs?: number;
}): Promise<BatchOutcome> {
  // An UPDATE ... RETURNING gives rows in no set order: pushes are handled in the order they arrived,
  // so an answer stored with the same time as the comment under it still comes first in the thread.
  const claimed = (await claimEvents({ eventIds, limit, now, freshGraceMs })).sort(
    (a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id),
  );
  const byAccount = new Map<string, StoredEvent[]>();
  for (const e of claimed) byAccount.set(e.accountId, [...(byAccount.get(e.accountId) ?? []), e]);
  let processed = 0;
  let failed = 0;
  for (const [accountId, events] of byAccount) {
    try {
      const account = await prisma().marketplaceAccount.findUnique({ where: { id: accountId } });
      if (!account) continue;
      const result = await processAccountEvents({ account, events });
      processed += result.processed;
      failed += result.failed;
    } catch (error) {
      // One account's fault stays its own: the other tenants' pushes of the batch go on, and this
      // account's are retried once their lease ends.
      log.error("webhook events of an account failed", {
        accountId,
        events: events.length,
        error: error instanceof Error ? error.message : String(error),
      });
      failed += events.length;
    }
  }
  return { claimed: claimed.length, processed, failed };
}

/** One event: the sweep's and the tests' unit of work. */
export async function processWebhookEvent({
  eventId,
  now = new Date(),
}: {
  eventId: string;
  now?: Date;
}): Promise<"processed" | "busy" | "failed"> {
  const r = await processWebhookEvents({ eventIds: [eventId], now });
  return r.claimed === 0 ? "busy" : r.processed ? "processed" : "failed";
}

function claimEvents({
  eventIds,
  limit,
  now,
  freshGraceMs,
}: {
  eventIds?: string[];
  limit: number;
  now: Date;
  freshGraceMs: number;
}): Promise<StoredEvent[]> {
  // nextAttemptAt is the lease: pushed past the attempt's time, so nobody else takes it meanwhile.
  return claimBatch({
    table: "WebhookEvent",
    due: (rows) =>
      rows
        .where("processedAt", "is", null)
        .where("nextAttemptAt", "<=", utc(now))
        .$if(eventIds !== undefined, (q) => q.where("id", "=", sql<string>`ANY(${eventIds}::text[])`))
        .where((eb) =>
          eb.or([eb("attempts", ">", 0), eb("receivedAt", "<=", utc(new Date(now.getTime() - freshGraceMs)))]),
        )
        .orderBy("nextAttemptAt"),
    set: { nextAttemptAt: utc(new Date(now.getTime() + LEASE_MS)), attempts: (eb) => eb("attempts", "+", 1) },
    limit,
    // Read back as text marked UTC: a raw timestamp would be taken for the process's local time.
    returning: [
      "id",
      "accountId",
      "dedupKey",
      "body",
      "attempts",
      sql<string>`to_char("receivedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as("receivedAt"),
    ],
  });
}

async function processAccountEvents({ account, events }: { account: MarketplaceAccount; events: StoredEvent[] }) {
  const failures = new Map<string, unknown>();
  const done: string[] = [];
  const chats = new Map<string, Chat>();
  const messages: Message[] = [];
  const reviewIds: string[] = [];
  const edits: MessageEdit[] = [];
  const reads: ReadReceipt[] = [];
  let connector: MarketplaceConnector;
  try {
    connector = connectorForAccount({ account });
  } catch (error) {
    return recordOutcome({ account, done: [], failures: new Map(events.map((e) => [e.id, error])), events });
  }
  const known = await knownChats({ accountId: account.id, events });
  const closedChats: string[] = [];
  const reviewComments: { commentExternalId: string; at: string }[] = [];
  const disputes: DisputeEvent[] = [];
  // Conversations that came whole with their push (questions), stored apart from the chats.
  const notices = { chats: new Map<string, Chat>(), messages: [] as Message[] };
  const skipped: SkippedRecord[] = [];
  for (const stored of events) {
    try {
      const event = (await connector.handleWebhook({ body: stored.body })).events.find(
        (e) => webhookDedupKey(e) === stored.dedupKey,
      );
      if (event?.type === "review.comment")
        reviewComments.push({ commentExternalId: event.commentExternalId, at: event.at });
      else if (event?.type === "conversation.message") {
        notices.chats.set(event.chat.externalId, event.chat);
        notices.messages.push(event.message);
      } else if (event?.type === "chat.dispute") {
        disputes.push({ chatExternalId: event.chatExternalId, state: event.state, at: event.at });
        // The catch-up read: the chat's status (WAITING_FOR_ARBITER ...) as the marketplace has it now.
        const chat = chats.get(event.chatExternalId) ?? (await fetchChatOrNull(connector, event.chatExternalId));
        // The push's own time decides the dispute, not the state the chat read shows now.
        if (chat) chats.set(chat.externalId, { ...chat, dispute: undefined });
      } else if (event) {
        await collectEventRecords({
          connector,
          event,
          known,
          into: { chats, messages, skipped },
          onReview: (id) => reviewIds.push(id),
          closed: (id) => closedChats.push(id),
        });
        if (event.type === "message.updated")
          edits.push({
            chatExternalId: event.chatExternalId,
            messageExternalId: event.messageExternalId,
            text: event.message.text,
            editedAt: event.editedAt,
          });
        if (event.type === "messages.read")
          reads.push({
            chatExternalId: event.chatExternalId,
            upToMessageExternalId: event.upToMessageExternalId,
            at: new Date(stored.receivedAt),
          });
      }
      done.push(stored.id);
    } catch (error) {
      // The record a push names cannot be used: kept aside, the push done (a retry would read the same).
      if (error instanceof UnusableRecordError) {
        skipped.push(error.record ?? { kind: "push", reason: error.message, raw: stored.body });
        done.push(stored.id);
      } else failures.set(stored.id, error);
    }
  }
  try {
    await quarantineRecords({ account, records: skipped });
    if (chats.size || messages.length) await upsertConversations({ account, chats: [...chats.values()], messages });
    // After the upsert: an edit of a message this batch brought in finds it stored.
    if (edits.length) await applyMessageEdits({ account, edits });
    if (reads.length) await applyReadReceipts({ accountId: account.id, receipts: reads });
    if (disputes.length)
      await prisma().$transaction((tx) => applyChatDisputes({ tx, accountId: account.id, disputes }));
    if (notices.chats.size)
      await upsertConversations({ account, chats: [...notices.chats.values()], messages: notices.messages });
    await ingestReviewComments({ account, connector, comments: reviewComments });
    if (closedChats.length) {
      const closed = { accountId: account.id, kind: "CHAT" as const, externalId: { in: closedChats } };
      // Closed, with its follow-ups cancelled and the stream told (subscribers of inbox/chats.closed), in one transaction.
      await withDomainEvents(async (tx, publish) => {
        const ids = (
          await tx.chat.updateManyAndReturn({ where: closed, data: { status: "CLOSED" }, select: { id: true } })
        ).map((r) => r.id);
        if (!ids.length) return;
        await publish({ name: "inbox/chats.closed", data: { chatIds: ids } });
      });
    }
    await ingestReviewsById({ account, connector, ids: reviewIds });
  } catch (error) {
    // Nothing of this batch was stored: every event in it is retried.
    for (const id of done.splice(0)) failures.set(id, error);
  }
  return recordOutcome({ account, done, failures, events });
}

async function knownChats({ accountId, events }: { accountId: string; events: StoredEvent[] }): Promise<Set<string>> {
  const ids = events.map((e) => e.dedupKey.split(":")[1]).filter((x): x is string => Boolean(x));
  const rows = await prisma().chat.findMany({
    where: { accountId, kind: "CHAT", externalId: { in: ids } },
    select: { externalId: true },
  });
  return new Set(rows.map((r) => r.externalId));
}

async function recordOutcome({
  account,
  done,
  failures,
  events,
}: {
  account: MarketplaceAccount;
  done: string[];
  failures: Map<string, unknown>;
  events: StoredEvent[];
}) {
  if (done.length)
    await prisma().webhookEvent.updateMany({
      where: { id: { in: done } },
      data: { processedAt: new Date(), lastError: null },
    });
  let accountMarked = false;
  for (const [id, error] of failures) {
    const event = events.find((e) => e.id === id)!;
    const message = error instanceof Error ? error.message : String(error);
    log.warn("webhook event failed", { eventId: id, accountId: account.id, attempt: event.attempts, error: message });
    await prisma().webhookEvent.update({
      where: { id },
      data: { lastError: message.slice(0, 1000), nextAttemptAt: new Date(Date.now() + retryDelayMs(event.attempts)) },
    });
    if (!accountMarked && isMarketplaceError(error)) {
      await markAccountError({ accountId: account.id, error });
      accountMarked = true;
    }
  }
  return { processed: done.length, failed: failures.size };
}
