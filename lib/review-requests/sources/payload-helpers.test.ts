import { describe, expect, it } from "vitest";

import {
  fingerprintPayload,
  normalizeStatus,
  parseTimestamp,
  pickPhone,
  toList,
} from "@/lib/review-requests/sources/payload-helpers";

describe("payload helpers", () => {
  it("toList reads numeric-keyed objects as ordered lists and leaves the rest alone", () => {
    expect(toList({ "10": "c", "2": "b", "0": "a" })).toEqual(["a", "b", "c"]);
    expect(toList(["x"])).toEqual(["x"]);
    expect(toList({ a: 1 })).toEqual({ a: 1 });
    expect(toList({})).toEqual({});
  });

  it("parseTimestamp accepts unix seconds/ms and zoned ISO, and refuses to guess a zone", () => {
    expect(parseTimestamp(1547622000)).toEqual(new Date("2019-01-16T07:00:00Z"));
    expect(parseTimestamp("1547622000")).toEqual(new Date("2019-01-16T07:00:00Z"));
    expect(parseTimestamp(1547622000123)).toEqual(new Date(1547622000123));
    expect(parseTimestamp("2024-01-15T14:30:00.000+03:00")).toEqual(new Date("2024-01-15T11:30:00Z"));
    expect(parseTimestamp("2024-01-15 14:30:00Z")).toEqual(new Date("2024-01-15T14:30:00Z"));
    expect(parseTimestamp("2024-01-15T14:30:00.000")).toBeUndefined();
    expect(parseTimestamp("вчера")).toBeUndefined();
    expect(parseTimestamp(0)).toBeUndefined();
  });

  it("fingerprintPayload ignores key order but not values", () => {
    const a = fingerprintPayload({ x: 1, y: { b: 2, a: [1, 2] } });
    expect(fingerprintPayload({ y: { a: [1, 2], b: 2 }, x: 1 })).toBe(a);
    expect(fingerprintPayload({ x: 1, y: { b: 2, a: [2, 1] } })).not.toBe(a);
  });

  it("pickPhone takes the first usable candidate and explains failures", () => {
    expect(pickPhone([undefined, "", "мусор", "89161112233", "+79990000000"])).toEqual({
      ok: true,
      phone: "+79161112233",
    });
    expect(pickPhone([null, undefined])).toMatchObject({ ok: false, skip: { code: "no_phone" } });
    expect(pickPhone(["123"])).toMatchObject({
      ok: false,
      skip: {
        code: "invalid_phone",
        reason: { code: "invalid_phone", params: { problem: { code: "phone_unrecognized", params: { text: "123" } } } },
      },
    });
  });

  it("normalizeStatus folds case, spaces and ё", () => {
    expect(normalizeStatus("  Передан   на КУХНЮ ")).toBe("передан на кухню");
    expect(normalizeStatus("Отменён")).toBe(normalizeStatus("Отменен"));
  });
});
