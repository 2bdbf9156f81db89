import { Prisma } from "@/lib/generated/prisma/client";

// Prisma's codes for a failure a later attempt can get past: the server unreachable or gone mid-query
// (P1001, P1002, P1008, P1017), no pool connection in time (P2024), an interactive transaction that timed
// out or was closed under us (P2028), a serialization failure or deadlock (P2034), too many connections (P2037).
const TRANSIENT_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034", "P2037"]);

/** SQLSTATE classes 08 (connection), 40 (serialization, deadlock), 53 (resources), 57P0x (shutdown), 55P03 (lock timeout). */
function isTransientSqlState(code: unknown): boolean {
  return typeof code === "string" && (/^(08|40|53)/.test(code) || /^57P0[1-3]$/.test(code) || code === "55P03");
}

// The pg pool's own errors carry no code: a connection dropped or not handed out in time.
const TRANSIENT_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|ECONNRESET|ECONNREFUSED/i;

/**
 * A database failure worth retrying as it stands (the same statement, the same transaction again).
 * Raw queries that fail report P2010 with the driver's SQLSTATE inside; the PGlite adapter passes the
 * DriverAdapterError itself.
 */
export function isTransientDbError(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (TRANSIENT_PRISMA_CODES.has(error.code)) return true;
    const cause = (error.meta as { driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined)
      ?.driverAdapterError?.cause;
    return isTransientSqlState(cause?.originalCode);
  }
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (!(error instanceof Error)) return false;
  if (error.name === "DriverAdapterError") {
    const cause = (error as Error & { cause?: { code?: unknown; originalCode?: unknown; kind?: unknown } }).cause;
    return (
      isTransientSqlState(cause?.originalCode ?? cause?.code) ||
      [
        "TransactionWriteConflict",
        "ConnectionClosed",
        "DatabaseNotReachable",
        "SocketTimeout",
        "TooManyConnections",
      ].includes(String(cause?.kind))
    );
  }
  return isTransientSqlState((error as Error & { code?: unknown }).code) || TRANSIENT_MESSAGES.test(error.message);
}
