import { describe, expect, it } from "vitest";

import { assertOutgoingAllowed } from "@/lib/marketplaces/connector-kit";
import { MarketplaceRejectedError } from "@/lib/marketplaces/http/errors";
import { WILDBERRIES_META } from "@/lib/marketplaces/wildberries/meta";

const file = (mimeType: string, size: number) => ({ fileName: "f", mimeType, bytes: new Uint8Array(size) });
const check =
  (text: string, files = [] as ReturnType<typeof file>[]) =>
  () =>
    assertOutgoingAllowed({ marketplace: "wildberries", capabilities: WILDBERRIES_META.capabilities, text, files });

describe("assertOutgoingAllowed", () => {
  it("accepts what the marketplace accepts", () => {
    expect(check("я".repeat(1000), [file("image/png", 5 * 1024 * 1024)])).not.toThrow();
  });
  it("refuses too-long text, empty messages, wrong types and big files with a Russian reason", () => {
    expect(check("я".repeat(1001))).toThrow(MarketplaceRejectedError);
    expect(check("  ")).toThrow("Пустое сообщение");
    expect(check("", [file("video/mp4", 1)])).toThrow(/video\/mp4 не принимается/);
    expect(check("", [file("image/png", 5 * 1024 * 1024 + 1)])).toThrow(/больше 5 МБ/);
    expect(
      check(
        "",
        Array.from({ length: 7 }, () => file("application/pdf", 5 * 1024 * 1024)),
      ),
    ).toThrow(/вместе больше 30 МБ/);
  });
});
