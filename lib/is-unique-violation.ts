import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A unique index refused the row. PostgreSQL through @prisma/adapter-pg reports P2002; the PGlite
 * adapter passes the raw DriverAdapterError with the SQLSTATE (23505) in its cause.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  if (error instanceof Error && error.name === "DriverAdapterError") {
    const cause = (error as Error & { cause?: { code?: unknown; kind?: unknown } }).cause;
    return cause?.code === "23505" || cause?.kind === "UniqueConstraintViolation";
  }
  return false;
}
