import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Row } from "@/lib/typed-sql";

// The work tables whose rows background jobs take one batch at a time (identifiers cannot be bound).
type WorkTable = "WebhookEvent" | "ReviewRequest" | "ScheduledMessage" | "MarketplaceAccount";
// Prisma's @updatedAt is written by the client, so a raw update writes it itself.
const HAS_UPDATED_AT: ReadonlySet<WorkTable> = new Set(["ReviewRequest", "ScheduledMessage", "MarketplaceAccount"]);

/**
 * A time as the database stores Prisma's DateTime: UTC without a zone, whatever the session's time zone.
 */
export function utc(at: Date): Prisma.Sql {
  return Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/** A lease column that is free: never taken, or its holder's time ran out (a crashed worker). */
export function leaseFree(column: string, now: Date): Prisma.Sql {
  return Prisma.sql`(${Prisma.raw(`"${column}"`)} IS NULL OR ${Prisma.raw(`"${column}"`)} < ${utc(now)})`;
}

/**
 * Takes up to `limit` rows of a work table for this worker in one statement: the rows matching `where`
 * are locked with FOR UPDATE SKIP LOCKED (so workers claiming at the same moment, in this process or
 * in other instances, each get different rows and never wait for each other), and `set` writes the
 * lease (and any status change) on them. A worker that dies holding rows only delays them: they match
 * again once the lease column says its time ran out.
 */
export async function claimBatch<T = Pick<Row<WorkTable>, "id">>({
  table,
  where,
  set,
  orderBy,
  limit,
  returning = Prisma.sql`id`,
}: {
  table: WorkTable;
  where: Prisma.Sql;
  set: Prisma.Sql;
  orderBy: Prisma.Sql;
  limit: number;
  returning?: Prisma.Sql;
}): Promise<T[]> {
  const t = Prisma.raw(`"${table}"`);
  const touched = HAS_UPDATED_AT.has(table) ? Prisma.sql`, "updatedAt" = ${utc(new Date())}` : Prisma.empty;
  return prisma().$queryRaw<T[]>`
    UPDATE ${t} SET ${set}${touched}
    WHERE id IN (SELECT id FROM ${t} WHERE ${where} ORDER BY ${orderBy} LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING ${returning}`;
}
