import { describe, expect, it } from "vitest";
import { z } from "zod";

import { pathId } from "@/lib/http/route-params";

describe("pathId", () => {
  it("accepts our ids: cuids and the demo's", () => {
    expect(pathId({ id: "cmf3k2x9p0000abcd1234efgh" })).toBe("cmf3k2x9p0000abcd1234efgh");
    expect(pathId({ id: "c", noteId: "demo_chat_001_m02" }, "noteId")).toBe("demo_chat_001_m02");
  });

  it("refuses anything else with a zod error naming the parameter", () => {
    for (const params of <Record<string, string | string[]>[]>[
      {},
      { id: "" },
      { id: "a/b" },
      { id: "a\\u0000" },
      { id: ["a", "b"] },
      { id: "x".repeat(65) },
    ]) {
      expect(() => pathId(params)).toThrow(z.ZodError);
    }
    expect(() => pathId({ messageId: "a b" }, "messageId")).toThrow(/messageId/);
  });
});
