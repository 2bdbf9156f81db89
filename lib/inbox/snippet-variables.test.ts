import { describe, expect, it } from "vitest";
import { fillSnippet } from "@/lib/inbox/snippet-variables";

describe("fillSnippet", () => {
  it("fills the buyer's name, order number and product, in Russian or English spelling", () => {
    const values = { buyerName: "Ольга", orderNumber: "77001", product: "Платье льняное" };
    expect(
      fillSnippet({ text: "{{имя_покупателя}}, заказ {{ номер_заказа }} ({{товар}}) уже в пути", values }),
    ).toEqual({
      text: "Ольга, заказ 77001 (Платье льняное) уже в пути",
      missing: [],
    });
    expect(fillSnippet({ text: "Hi {{buyer_name}}, order {{order_number}}: {{PRODUCT}}", values }).text).toBe(
      "Hi Ольга, order 77001: Платье льняное",
    );
  });

  it("leaves a variable without a value, and unknown braces, as they are and names the missing ones", () => {
    expect(
      fillSnippet({
        text: "Здравствуйте, {{имя_покупателя}}! Заказ {{номер_заказа}}. {{скидка}}",
        values: { buyerName: " ", orderNumber: "5" },
      }),
    ).toEqual({
      text: "Здравствуйте, {{имя_покупателя}}! Заказ 5. {{скидка}}",
      missing: ["имя_покупателя"],
    });
    expect(fillSnippet({ text: "Без переменных", values: {} })).toEqual({ text: "Без переменных", missing: [] });
  });
});
