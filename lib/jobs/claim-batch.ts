import {
  sql,
  type RawBuilder,
  type SelectExpression,
  type Selection,
  type SelectQueryBuilder,
  type UpdateObject,
} from "kysely";
import type { DB } from "@/lib/generated/kysely/database";
import { qb, rows } from "@/lib/typed-sql";

// The work tables whose rows background jobs take one batch at a time.
type WorkTable = "WebhookEvent" | "ReviewRequest" | "ScheduledMessage" | "MarketplaceAccount" | "EventDelivery";
// Prisma's @updatedAt is written by the client, so a statement of our own writes it itself.
const HAS_UPDATED_AT: ReadonlySet<WorkTable> = new Set(["ReviewRequest", "ScheduledMessage", "MarketplaceAccount"]);

/**
 * A time as the database stores Prisma's DateTime: UTC without a zone, whatever the session's time zone.
 */
export function utc(at: Date): RawBuilder<Date> {
  return sql<Date>`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

type LeaseColumn = { [T in WorkTable]: keyof DB[T] & string }[WorkTable];

/** A lease column that is free: never taken, or its holder's time ran out (a crashed worker). */
export function leaseFree(column: LeaseColumn, now: Date): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(column)} IS NULL OR ${sql.ref(column)} < ${utc(now)})`;
}

/**
 * Takes up to `limit` rows of a work table for this worker in one statement: the rows `due` filters
 * and orders are locked with FOR UPDATE SKIP LOCKED (so workers claiming at the same moment, in this
 * process or in other instances, each get different rows and never wait for each other), and `set`
 * writes the lease (and any status change) on them. A worker that dies holding rows only delays them:
 * they match again once the lease column says its time ran out. Returns the `returning` columns (the id).
 */
export async function claimBatch<T extends WorkTable, SE extends SelectExpression<DB, T> = "id">({
  table,
  due,
  set,
  limit,
  returning,
}: {
  table: T;
  due: (rows: SelectQueryBuilder<DB, T, {}>) => SelectQueryBuilder<DB, T, {}>;
  set: UpdateObject<DB, T>;
  limit: number;
  returning?: readonly SE[];
}): Promise<Selection<DB, T, SE>[]> {
  // The builder cannot follow a table name that is a type parameter: the statement is built over the
  // union of the work tables (every one has an id), and typed for `table` by the signature above.
  const from = table as WorkTable;
  const picked = (due(qb.selectFrom(table) as never) as unknown as SelectQueryBuilder<DB, WorkTable, {}>)
    .select("id")
    .limit(limit)
    .forUpdate()
    .skipLocked();
  const touched = HAS_UPDATED_AT.has(from) ? { updatedAt: utc(new Date()) } : {};
  const claim = qb
    .updateTable(from)
    .set({ ...set, ...touched } as UpdateObject<DB, WorkTable>)
    .where("id", "in", picked)
    .returning((returning ?? ["id"]) as never);
  return rows(claim) as Promise<Selection<DB, T, SE>[]>;
}
