import { describe, expect, it } from "vitest";
import { cutText } from "@/lib/text/cut-text";
import { unsafeString } from "@/lib/http/unsafe-text";

describe("cutText", () => {
  it("cuts before an emoji that the limit would split, and keeps what fits", () => {
    expect(cutText("ab😀", 3)).toBe("ab");
    expect(cutText("ab😀", 4)).toBe("ab😀");
    expect(cutText("a😀b", 3)).toBe("a😀");
    expect(cutText("привет", 3)).toBe("при");
    expect(cutText("", 3)).toBe("");
  });

  it("never leaves a lone surrogate, at any limit", () => {
    const text = "Спасибо 👍🏻 за заказ 🎁🎁 и отзыв 😀".repeat(3);
    for (let max = 1; max <= text.length; max++) expect(unsafeString(cutText(text, max)), `max ${max}`).toBeNull();
  });
});
