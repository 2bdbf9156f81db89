import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** The AppError a call is refused with (fails the test if it is not refused with one). */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
