import { describe, expect, it } from "vitest";
import { storableString, storableValue, unsafeJsonText, unsafeString, unsafeValue } from "@/lib/http/unsafe-text";

describe("unsafe text", () => {
  it("finds a NUL and lone surrogates in strings, and nothing in ordinary text", () => {
    expect(unsafeString("a\u0000b")?.reason).toBe("nul_character");
    expect(unsafeString("a\ud800b")?.reason).toBe("lone_surrogate");
    expect(unsafeString("a\udc00")?.reason).toBe("lone_surrogate");
    expect(unsafeString("эмодзи 😀 и \ud83d\ude00")).toBeNull();
    expect(unsafeString("")).toBeNull();
  });

  it("walks values and keys of a parsed body", () => {
    expect(unsafeValue({ a: [1, { b: "ok" }, "x\u0000"] })?.reason).toBe("nul_character");
    expect(unsafeValue({ ["k\ud800"]: 1 })?.reason).toBe("lone_surrogate");
    expect(unsafeValue({ a: [1, null, true, { b: "ok 😀" }] })).toBeNull();
  });

  it("reads raw JSON: escaped and raw NUL, escaped lone surrogates; a literal backslash-u is text", () => {
    expect(unsafeJsonText('{"t":"\\u0000"}')?.reason).toBe("nul_character");
    expect(unsafeJsonText('{"t":"a\u0000"}')?.reason).toBe("nul_character");
    expect(unsafeJsonText('{"t":"\\ud800"}')?.reason).toBe("lone_surrogate");
    expect(unsafeJsonText('{"t":"\\uDC00x"}')?.reason).toBe("lone_surrogate");
    expect(unsafeJsonText('{"t":"\\ud83d\\ude00"}')).toBeNull();
    expect(unsafeJsonText('{"t":"\\\\u0000"}')).toBeNull();
    expect(unsafeJsonText('{"t":"plain"}')).toBeNull();
    expect(unsafeJsonText("{oops \\u0000")).toBeNull();
  });

  it("makes upstream text storable: U+FFFD for each NUL and lone surrogate, the same string when clean", () => {
    expect(storableString("a\u0000b\ud800c\udc00")).toBe("a\uFFFDb\uFFFDc\uFFFD");
    const clean = { a: ["ok 😀", 1, null], b: { c: true } };
    expect(storableValue(clean)).toEqual(clean);
    expect(storableValue({ ["k\u0000"]: [{ v: "\ud83d" }] })).toEqual({ ["k\uFFFD"]: [{ v: "\uFFFD" }] });
  });
});
