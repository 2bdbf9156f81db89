import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { isTransientDbError } from "@/lib/is-transient-db-error";

const known = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "6.19.3", meta });
const adapterError = (cause: Record<string, unknown>) =>
  Object.assign(new Error("driver"), { name: "DriverAdapterError", cause });

describe("isTransientDbError", () => {
  it("retries a serialization failure, a deadlock, a lost connection and a full pool", () => {
    for (const code of ["P2034", "P1017", "P1001", "P2024", "P2028"])
      expect(isTransientDbError(known(code)), code).toBe(true);
    expect(isTransientDbError(known("P2010", { driverAdapterError: { cause: { originalCode: "40001" } } }))).toBe(true);
    expect(isTransientDbError(adapterError({ kind: "postgres", code: "40P01" }))).toBe(true);
    expect(isTransientDbError(adapterError({ kind: "postgres", code: "57P01" }))).toBe(true);
    expect(isTransientDbError(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("does not retry what fails the same way again", () => {
    expect(isTransientDbError(known("P2002"))).toBe(false);
    expect(isTransientDbError(known("P2010", { driverAdapterError: { cause: { originalCode: "42703" } } }))).toBe(
      false,
    );
    expect(isTransientDbError(adapterError({ kind: "UniqueConstraintViolation", code: "23505" }))).toBe(false);
    expect(isTransientDbError(new Error("Invalid input: expected array"))).toBe(false);
    expect(isTransientDbError("40001")).toBe(false);
  });
});
