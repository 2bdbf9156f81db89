import { describe, expect, it } from "vitest";
import { FOLLOW_UP_DEFAULTS } from "@/lib/follow-ups/default-templates";
import { renderFollowUp } from "@/lib/follow-ups/render-follow-up";
import { checkText } from "@/lib/ai/guardrails/check-text";

describe("renderFollowUp", () => {
  it("fills variables and drops sections whose variable is missing", () => {
    const template = "Здравствуйте{{#customerName}}, {{customerName}}{{/customerName}}! Как вам {{productTitle}}?";
    expect(renderFollowUp({ template, variables: { customerName: "Алёна", productTitle: "Чай" } }).text).toBe(
      "Здравствуйте, Алёна! Как вам Чай?",
    );
    const bare = renderFollowUp({ template, variables: { customerName: "  " } });
    expect(bare.text).toBe("Здравствуйте! Как вам ?");
    expect(bare.missingVariables).toEqual(["productTitle"]);
  });

  it("never re-scans a value and keeps unknown tags visible", () => {
    const r = renderFollowUp({
      template: "{{customerName}} {{promo}}",
      variables: { customerName: "{{shopName}}", shopName: "X" },
    });
    expect(r.text).toBe("{{shopName}} {{promo}}");
    expect(r.unknownVariables).toEqual(["promo"]);
  });

  it("cleans line breaks and clips long values", () => {
    const r = renderFollowUp({
      template: "{{relatedProducts}}",
      variables: { relatedProducts: `a\nb ${"x".repeat(400)}` },
    });
    expect(r.text.startsWith("a b x")).toBe(true);
    expect([...r.text].length).toBe(300);
  });

  it("the default templates pass the guardrails of every marketplace", () => {
    const variables = {
      customerName: "Алёна",
      productTitle: "Зелёный чай",
      relatedProducts: "заварочный чайник, пиала",
    };
    for (const { template } of Object.values(FOLLOW_UP_DEFAULTS)) {
      const { text, missingVariables } = renderFollowUp({ template, variables });
      expect(missingVariables).toEqual([]);
      for (const marketplace of ["wildberries", "ozon", "yandex_market", "avito"] as const) {
        expect(checkText({ text, marketplace, messageType: "chat" }).ok, `${marketplace}: ${text}`).toBe(true);
      }
    }
  });
});
