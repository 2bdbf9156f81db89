import { describe, expect, it } from "vitest";

import { assertOutgoingAllowed } from "@/lib/marketplaces/connector-kit";
import { MarketplaceRejectedError } from "@/lib/marketplaces/http/errors";
import { WILDBERRIES_META } from "@/lib/marketplaces/wildberries/meta";

const file = (mimeType: string, size: number) => ({ fileName: "f", mimeType, bytes: new Uint8Array(size) });
// The refusal thrown, or null when the message may go.
const refusal = (text: string, files = [] as ReturnType<typeof file>[]) => {
  try {
    assertOutgoingAllowed({ marketplace: "wildberries", capabilities: WILDBERRIES_META.capabilities, text, files });
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(MarketplaceRejectedError);
    expect((error as MarketplaceRejectedError).reason).not.toMatch(/[А-Яа-яЁё]/);
    return (error as MarketplaceRejectedError).refusal;
  }
};

describe("assertOutgoingAllowed", () => {
  it("accepts what the marketplace accepts", () => {
    expect(refusal("я".repeat(1000), [file("image/png", 5 * 1024 * 1024)])).toBeNull();
  });
  it("refuses too-long text, empty messages, wrong types and big files with a code and its values", () => {
    expect(refusal("я".repeat(1001))).toEqual({ code: "text_too_long", params: { max: 1000, length: 1001 } });
    expect(refusal("  ")).toEqual({ code: "empty_message" });
    expect(refusal("", [file("video/mp4", 1)])).toMatchObject({
      code: "file_type",
      params: { fileName: "f", mimeType: "video/mp4" },
    });
    expect(refusal("", [file("image/png", 5 * 1024 * 1024 + 1)])).toEqual({
      code: "file_too_big",
      params: { fileName: "f", megabytes: 5 },
    });
    expect(
      refusal(
        "",
        Array.from({ length: 7 }, () => file("application/pdf", 5 * 1024 * 1024)),
      ),
    ).toEqual({
      code: "files_too_big",
      params: { megabytes: 30 },
    });
  });
});
