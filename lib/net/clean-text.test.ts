import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/net/clean-text";

const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("cleanText", () => {
  it("cuts before an emoji rather than through it", () => {
    const text = cleanText({ text: `${"a".repeat(9)}😀 и ещё`, secrets: [], max: 10 });
    expect(text).toBe(`${"a".repeat(9)}…`);
    expect(text).not.toMatch(lone);
  });

  it("gives a provider's lone surrogate back as U+FFFD, and the rest as one line", () => {
    expect(cleanText({ text: "Ошибка \ud800 в\r\nстроке \udc00", secrets: [] })).toBe("Ошибка \uFFFD в строке \uFFFD");
  });
});
