import { z } from "zod";

import type { SkippedRecord } from "@/lib/marketplaces/schemas";

// Per-element parsing of vendor lists and pushes. A marketplace may send one record our code cannot use
// (a field missing that the spec never promised, a date that does not parse): that record is kept aside
// with the reason and the rest of the page goes through, so the cursor advances and the inbox keeps flowing.
// Envelopes (paging, cursors) stay strict: if those are broken, nothing on the page can be trusted.

/** Thrown by a mapper when a record parsed but lacks what we need to store it (no id, no usable date). */
export class UnusableRecordError extends Error {
  constructor(
    reason: string,
    /** The record itself when known (parseOne), to be kept aside by the caller. */
    readonly record?: SkippedRecord,
  ) {
    super(reason);
    this.name = "UnusableRecordError";
  }
}

/** A date conversion that failed (toIso, toISOString) - not any RangeError: a stack overflow is a bug. */
function isDateRangeError(error: unknown): boolean {
  return error instanceof RangeError && /^Invalid (date|time value)/.test(error.message);
}

/** An error that means "this record cannot be used" rather than "our code is broken". */
export function isUnusable(error: unknown): boolean {
  return error instanceof UnusableRecordError || isDateRangeError(error);
}

/** The array itself is checked; its elements are parsed one by one with `parseEach`. */
export const rawListSchema = z.array(z.unknown());

const MAX_REASON = 500;

// A reason is "<field>: <problem>" items joined by "; ", problem one of these, so the account page can say
// it in the owner's language (lib/i18n/quarantine.ts) with the vendor's field name beside it.
export const UNUSABLE_PROBLEMS = ["missing", "not_a_date", "invalid"] as const;
export type UnusableProblem = (typeof UNUSABLE_PROBLEMS)[number];

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => {
      const problem: UnusableProblem =
        i.code === "invalid_type" && /received undefined/.test(i.message) ? "missing" : "invalid";
      return `${i.path.length ? i.path.join(".") : "record"}: ${problem}`;
    })
    .join("; ");
}

/** Why a record was set aside, as "<field>: <problem>" (never a stack, never the record's content). */
export function describeUnusable(error: unknown): string {
  const text =
    error instanceof z.ZodError
      ? describeIssues(error)
      : error instanceof UnusableRecordError
        ? error.message
        : isDateRangeError(error)
          ? "date: not_a_date"
          : "record: invalid";
  return text.slice(0, MAX_REASON);
}

/** A record that cannot be used, with its reason (for single pushes and hand-made checks). */
export function skipRecord({ kind, raw, error }: { kind: string; raw: unknown; error: unknown }): SkippedRecord {
  return { kind, reason: describeUnusable(error), raw };
}

/**
 * Parses each element with `schema`, then maps it with `map` (which may throw UnusableRecordError or a
 * RangeError from a date conversion). Usable results come back in order; the rest are `skipped`.
 * Errors of any other kind are programming errors and are rethrown.
 */
export function parseEach<S extends z.ZodType, T = z.infer<S>>({
  kind,
  items,
  schema,
  map,
}: {
  kind: string;
  items: readonly unknown[] | null | undefined;
  schema: S;
  map?: (parsed: z.infer<S>) => T;
}): { items: T[]; skipped: SkippedRecord[] } {
  const out: T[] = [];
  const skipped: SkippedRecord[] = [];
  for (const raw of items ?? []) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      skipped.push(skipRecord({ kind, raw, error: parsed.error }));
      continue;
    }
    try {
      out.push(map ? map(parsed.data) : (parsed.data as T));
    } catch (error) {
      if (!isUnusable(error)) throw error;
      skipped.push(skipRecord({ kind, raw, error }));
    }
  }
  return { items: out, skipped };
}

/**
 * One record fetched by id (a push names it, the API returns it): usable, or an UnusableRecordError that
 * carries the record, so the caller keeps it aside instead of retrying a fetch that will never succeed.
 */
export function parseOne<S extends z.ZodType, T = z.infer<S>>({
  kind,
  item,
  schema,
  map,
}: {
  kind: string;
  item: unknown;
  schema: S;
  map?: (parsed: z.infer<S>) => T;
}): T {
  const { items, skipped } = parseEach({ kind, items: [item], schema, map });
  if (skipped[0]) throw new UnusableRecordError(skipped[0].reason, skipped[0]);
  return items[0]!;
}

/** A date a record needs (createdAt): an odd string makes the record unusable rather than the page. */
export function requireDate(value: string | number | null | undefined, field: string): string {
  if (value === null || value === undefined || value === "") throw new UnusableRecordError(`${field}: missing`);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new UnusableRecordError(`${field}: not_a_date`);
  return date.toISOString();
}

/** A date a record may carry (goodCard.date, updatedAt): an odd string becomes null. */
export function optionalDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A value a record needs (an id): missing makes the record unusable. */
export function requireField<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined || (typeof value === "string" && value === ""))
    throw new UnusableRecordError(`${field}: missing`);
  return value;
}
