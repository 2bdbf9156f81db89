import { describe, expect, it } from "vitest";
import { ShopFactsForm } from "@/components/settings/shop-facts-form";
import { render, settle, stubApi, submit } from "@/components/test/render";
import { ru } from "@/lib/i18n/dictionaries";

const FACTS = /\/api\/shop-facts$/;
const s = ru.aiSettings;
const facts = { delivery: "Отправляем за 1 день. Вопросы: 8 916 123-45-67", sizes: "", returns: "", other: "" };

describe("ShopFactsForm", () => {
  it("raises the guardrails' refusal as an alert and marks the refused fact", async () => {
    stubApi([
      { url: FACTS, answer: { body: facts } },
      {
        method: "PUT",
        url: FACTS,
        answer: {
          status: 422,
          body: {
            error: {
              code: "unprocessable",
              message: "refused",
              details: {
                reason: "guardrails",
                facts: [{ key: "delivery", findings: [{ message: "Номер телефона", kind: "phone" }] }],
              },
            },
          },
        },
      },
    ]);
    const root = await render(<ShopFactsForm canEdit />);
    await settle();
    await submit(root.querySelector("form")!);
    expect(root.querySelector("[role=alert]")?.textContent).toBe(s.rejected);
    expect(root.querySelector("[data-testid=shop-fact-delivery-problems]")?.textContent).not.toBe("");
    expect(root.querySelector("[role=status]")).toBeNull();
  });
});
