import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Compilable,
  type InferResult,
  type Selectable,
} from "kysely";
import { prisma } from "@/lib/db";
import type { DB } from "@/lib/generated/kysely/database";
import type { Prisma } from "@/lib/generated/prisma/client";

// Typed SQL: Kysely builds the statements, typed by the tables Prisma's schema generates
// (lib/generated/kysely, written by `prisma generate`), and Prisma's own connection runs them, so a
// statement built here inside a `$transaction` runs in that transaction. Kysely never connects.

/** The query builder over the schema's tables (compiles only: run its queries with `rows` or `execute`). */
export const qb = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** A row of a table as the database returns it. */
export type Row<T extends keyof DB> = Selectable<DB[T]>;

/** The Prisma client or a transaction's client: where a typed statement runs. */
export type SqlRunner = Pick<Prisma.TransactionClient, "$queryRawUnsafe" | "$executeRawUnsafe">;

/** Runs a built query on Prisma's connection (the transaction's when `db` is one) and returns its typed rows. */
export async function rows<Q extends Compilable<unknown>>(query: Q, db: SqlRunner = prisma()): Promise<InferResult<Q>> {
  const { sql: text, parameters } = query.compile();
  return db.$queryRawUnsafe(text, ...parameters);
}

/** Runs a built statement without RETURNING and says how many rows it touched. */
export async function execute(query: Compilable<unknown>, db: SqlRunner = prisma()): Promise<number> {
  const { sql: text, parameters } = query.compile();
  return db.$executeRawUnsafe(text, ...parameters);
}
