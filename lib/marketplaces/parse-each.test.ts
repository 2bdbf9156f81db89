import { describe, expect, it } from "vitest";
import { z } from "zod";

import { optionalDate, parseEach, requireDate, requireField, UnusableRecordError } from "@/lib/marketplaces/parse-each";

const schema = z.object({ id: z.string().nullish(), at: z.string().nullish(), n: z.number().optional() });

describe("parseEach", () => {
  it("keeps the usable records in order and sets the others aside with a reason per field", () => {
    const items = [
      { id: "a", at: "2024-01-01T00:00:00Z" },
      { id: "b", at: "вчера" },
      { at: "2024-01-01T00:00:00Z" },
      { id: "d", at: "2024-01-01T00:00:00Z", n: "7" },
      null,
    ];
    const result = parseEach({
      kind: "test.record",
      items,
      schema,
      map: (r) => ({ id: requireField(r.id, "id"), at: requireDate(r.at, "at") }),
    });
    expect(result.items).toEqual([{ id: "a", at: "2024-01-01T00:00:00.000Z" }]);
    expect(result.skipped).toEqual([
      { kind: "test.record", reason: "at: not_a_date", raw: items[1] },
      { kind: "test.record", reason: "id: missing", raw: items[2] },
      { kind: "test.record", reason: "n: invalid", raw: items[3] },
      { kind: "test.record", reason: "record: invalid", raw: null },
    ]);
  });

  it("rethrows programming errors instead of hiding them as odd records", () => {
    expect(() =>
      parseEach({
        kind: "t",
        items: [{}],
        schema,
        map: () => {
          throw new TypeError("bug");
        },
      }),
    ).toThrow(TypeError);
    expect(() =>
      parseEach({
        kind: "t",
        items: [{}],
        schema,
        map: () => {
          throw new RangeError("Maximum call stack size exceeded");
        },
      }),
    ).toThrow(RangeError);
    expect(
      parseEach({ kind: "t", items: [{}], schema, map: () => new Date("x").toISOString() }).skipped[0]!.reason,
    ).toBe("date: not_a_date");
    expect(() =>
      parseEach({
        kind: "t",
        items: [{}],
        schema,
        map: () => {
          throw new UnusableRecordError("x: missing");
        },
      }),
    ).not.toThrow();
  });

  it("accepts a missing list as empty, and reads optional dates leniently", () => {
    expect(parseEach({ kind: "t", items: undefined, schema })).toEqual({ items: [], skipped: [] });
    expect(optionalDate("не дата")).toBeNull();
    expect(optionalDate(1698037340000)).toBe("2023-10-23T05:02:20.000Z");
  });
});
