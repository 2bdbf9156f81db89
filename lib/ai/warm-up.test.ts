import { describe, expect, it } from "vitest";
import { classifyMessage } from "@/lib/ai/classify-message";
import { checkText } from "@/lib/ai/guardrails/check-text";
import { warmUpTextChecks } from "@/lib/ai/warm-up";

describe("warmUpTextChecks", () => {
  it("runs every marketplace's checks without changing what they answer", () => {
    const before = checkText({ text: "Пишите в тг shop_msk", marketplace: "ozon" });
    warmUpTextChecks();
    expect(checkText({ text: "Пишите в тг shop_msk", marketplace: "ozon" })).toEqual(before);
    expect(before.ok).toBe(false);
    expect(classifyMessage({ text: "Когда придёт заказ?" }).intent).toBe("delivery");
  }, 60_000);
});
