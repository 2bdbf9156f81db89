import { vi } from "vitest";

/**
 * Makes `target[method]` (a Prisma delegate's findFirst ...) reject for the calls `matches` picks (one
 * tenant's rows) and run as before for every other call. vi.restoreAllMocks() undoes it.
 */
export function failWhere<T extends object>(
  target: T,
  method: keyof T & string,
  matches: (args: { where?: Record<string, unknown> }) => boolean,
): void {
  const real = (target[method] as (...args: unknown[]) => unknown).bind(target);
  vi.spyOn(target, method as never).mockImplementation(((args: { where?: Record<string, unknown> }) =>
    matches(args ?? {}) ? Promise.reject(new Error("fault on one tenant's rows")) : real(args)) as never);
}
