import { describe, expect, it } from "vitest";
import { closingReply } from "@/lib/ai/offline/closing-replies";

// Every closing the drafter can write, in both languages and every thread state: two sentences that
// never say the same thing twice («Всегда рады помочь! Будем рады помочь …»).

const STEM = 5;
const stems = (text: string) =>
  (text.toLowerCase().match(/[\p{L}]+/gu) ?? []).filter((w) => w.length >= STEM).map((w) => w.slice(0, STEM));

describe("closing replies", () => {
  it("repeat no word between their two sentences, whatever the variant", () => {
    for (const english of [false, true])
      for (const thanksAfterAnswer of [false, true])
        for (const sellerPromised of [false, true])
          for (let variant = 0; variant < 12; variant++) {
            const text = closingReply({
              thread: { sellerPromised, sellerAsked: false, acknowledgement: !thanksAfterAnswer, thanksAfterAnswer },
              english,
              variant,
            });
            const [first, ...rest] = text.split(/(?<=[!.?])\s+/u);
            const seen = new Set(stems(first!));
            const repeated = stems(rest.join(" ")).filter((s) => seen.has(s));
            expect(repeated, text).toEqual([]);
          }
  });
});
