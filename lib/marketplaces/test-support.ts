import { readFileSync } from "node:fs";
import path from "node:path";

import { parseJson } from "@/lib/marketplaces/http/json";
import type { HttpOptionsInput } from "@/lib/marketplaces/http/options";

// Helpers for connector tests (imported by *.test.ts only).

/** Tiny delays so retry/backoff tests finish in milliseconds. */
export const FAST_HTTP: HttpOptionsInput = {
  timeoutMs: 400,
  retries: 2,
  minRetryDelayMs: 5,
  maxRetryDelayMs: 20,
  maxRetryAfterMs: 2_000,
};

let keySeq = 0;
/** Fresh limiter key per connector so limiter state never leaks between tests. */
export function testAccountKey(): string {
  keySeq += 1;
  return `test-${process.pid}-${Date.now()}-${keySeq}`;
}

/** Fixture text verbatim from /work/shared/marketplace-apis, parsed big-int-safely. */
export function readFixture(dir: string, name: string): unknown {
  return parseJson(readFileSync(path.join(dir, "fixtures", name), "utf8"));
}

export function readFixtureText(dir: string, name: string): string {
  return readFileSync(path.join(dir, "fixtures", name), "utf8");
}
