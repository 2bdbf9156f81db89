import { createRequire } from "node:module";
import type { NextRequest } from "next/server";

// Loaded with Node's require, as next-auth loads next/headers: one instance of the request storage.
const nodeRequire = createRequire(import.meta.url);

// Needs AsyncLocalStorage on globalThis before Next.js's request storage loads: lib/test/int-setup.ts.

/**
 * Runs a route handler inside a Next.js request scope, so handlers that read `cookies()` or `headers()`
 * from next/headers (next-auth's own route) can be called from a test as Next.js would.
 */
export async function inRequestScope<T>(req: NextRequest, fn: () => Promise<T>): Promise<T> {
  const { createRequestStoreForAPI } = nodeRequire(
    "next/dist/server/async-storage/request-store.js",
  ) as typeof import("next/dist/server/async-storage/request-store");
  const { workUnitAsyncStorage } = nodeRequire(
    "next/dist/server/app-render/work-unit-async-storage.external.js",
  ) as typeof import("next/dist/server/app-render/work-unit-async-storage.external");
  const { workAsyncStorage } = nodeRequire(
    "next/dist/server/app-render/work-async-storage.external.js",
  ) as typeof import("next/dist/server/app-render/work-async-storage.external");
  const requestStore = createRequestStoreForAPI(
    req as never,
    { pathname: req.nextUrl.pathname, search: req.nextUrl.search } as never,
    undefined as never,
    undefined,
    undefined as never,
    undefined,
  );
  // The few fields of the route's work store that next/headers reads.
  const workStore = {
    route: req.nextUrl.pathname,
    forceStatic: false,
    dynamicShouldError: false,
    isStaticGeneration: false,
  };
  return workAsyncStorage.run(workStore as never, () => workUnitAsyncStorage.run(requestStore, fn));
}
