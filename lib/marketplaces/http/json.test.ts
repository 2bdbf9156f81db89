import { describe, expect, it } from "vitest";

import {
  JSON_REVIVER_SOURCE_SUPPORTED,
  parseJson,
  quoteBigIntegers,
  stringifyJson,
} from "@/lib/marketplaces/http/json";

const RAW =
  '{"message_id":3000000000817031942,"small":42,"neg":-9007199254740993,"f":1.5e300,"s":"id 3000000000817031942 \\" 12345678901234567890","arr":[30000000001280042740,1]}';

describe("big-integer-safe JSON", () => {
  it("reports whether this Node passes source text to revivers", () => {
    expect(typeof JSON_REVIVER_SOURCE_SUPPORTED).toBe("boolean");
    // Node 20 (our floor) lacks it; Node >= 21 has it. Both paths are tested below.
    expect(JSON_REVIVER_SOURCE_SUPPORTED).toBe(Number(process.versions.node.split(".")[0]) >= 21);
  });

  it("pre-quotes only unsafe integer literals outside strings", () => {
    expect(quoteBigIntegers(RAW)).toBe(
      '{"message_id":"3000000000817031942","small":42,"neg":"-9007199254740993","f":1.5e300,"s":"id 3000000000817031942 \\" 12345678901234567890","arr":["30000000001280042740",1]}',
    );
  });

  it.each([false, ...(JSON_REVIVER_SOURCE_SUPPORTED ? [true] : [])])(
    "parses without precision loss (reviver source: %s)",
    (useReviverSource) => {
      const parsed = parseJson(RAW, { useReviverSource }) as Record<string, unknown>;
      expect(parsed.message_id).toBe("3000000000817031942");
      expect(parsed.small).toBe(42);
      expect(parsed.neg).toBe("-9007199254740993");
      expect(parsed.s).toBe('id 3000000000817031942 " 12345678901234567890');
      expect(parsed.arr).toEqual(["30000000001280042740", 1]);
      expect(String(JSON.parse(RAW).message_id)).toBe("3000000000817032000"); // the silent rounding we avoid
    },
  );

  it("throws SyntaxError on malformed JSON", () => {
    expect(() => parseJson('{"a": ')).toThrow(SyntaxError);
  });

  it("writes bigint as a bare JSON number", () => {
    expect(stringifyJson({ from_message_id: 3000000000118032000n, chat_id: "x", n: 1 })).toBe(
      '{"from_message_id":3000000000118032000,"chat_id":"x","n":1}',
    );
  });

  it("gives back a vendor's NUL and lone surrogates (values and keys) as U+FFFD, keeping pairs and big ids", () => {
    const parsed = parseJson('{"text":"a\\u0000b 😀 \\ud83d\\ude00","k\\ud800":["\\udc00x"],"id":3000000000817031942}');
    expect(parsed).toEqual({ text: "a\uFFFDb 😀 😀", "k\uFFFD": ["\uFFFDx"], id: "3000000000817031942" });
    expect(parseJson('{"t":"\\\\u0000"}')).toEqual({ t: "\\u0000" });
  });
});
