import { describe, expect, it } from "vitest";
import { checkText } from "@/lib/ai/guardrails/check-text";
import { draftOffline } from "@/lib/ai/offline-drafter";
import { buildPrompt } from "@/lib/ai/prompt";
import { classifyMessage } from "@/lib/ai/classify-message";
import { factFindings, usableFact } from "@/lib/ai/shop-facts";
import { sanitizeFact, shopFactsInputSchema } from "@/lib/ai/shop-facts-schema";
import { buyerContext } from "@/lib/ai/testing/contexts";
import { draftContextSchema, SHOP_FACT_MAX_CHARS, type DraftContextInput } from "@/lib/ai/types";

const FACTS = {
  delivery: "Отправляем в течение 1 рабочего дня, по Москве доставка 2–3 дня",
  sizes: "Модели маломерят на полразмера, при сомнениях берите больше",
  returns: "Возврат в течение 14 дней через раздел «Покупки»",
  other: "",
};

const offline = (input: DraftContextInput) => draftOffline({ context: input }).text;

describe("shop facts", () => {
  it("cleans what the owner typed: control characters, spacing, blank lines", () => {
    expect(sanitizeFact("  Доставка\u0007  2–3\tдня\r\n\r\n\r\n\r\nСамовывоз \u202eесть\u200b  ")).toBe(
      "Доставка 2–3 дня\n\nСамовывоз есть",
    );
    expect(shopFactsInputSchema.safeParse({ delivery: "д".repeat(SHOP_FACT_MAX_CHARS + 1) }).success).toBe(false);
    expect(shopFactsInputSchema.safeParse({ delivery: "ok", phone: "x" }).success).toBe(false);
  });

  it("answers a delivery question offline with the delivery terms, a size question with the sizes", () => {
    const delivery = offline(buyerContext("Сколько идёт доставка до Москвы?", { shopFacts: FACTS }));
    expect(delivery).toContain("по Москве доставка 2–3 дня");
    expect(delivery).not.toContain("маломерят");
    const size = offline(buyerContext("Какой размер взять? Обычно ношу 42", { shopFacts: FACTS }));
    expect(size).toContain("маломерят на полразмера");
    expect(offline(buyerContext("Хочу вернуть товар, не подошёл", { shopFacts: FACTS }))).toContain(
      "Возврат в течение 14 дней",
    );
    // Without facts the same question gets the template alone.
    expect(offline(buyerContext("Сколько идёт доставка до Москвы?"))).not.toContain("Москве доставка");
  });

  it("never lets a fact with a phone number or an outside link into a draft", () => {
    const leaky = { ...FACTS, delivery: "Доставка 2 дня, вопросы по телефону 8 (916) 123-45-67 или на shop-msk.ru" };
    expect(usableFact({ facts: leaky, key: "delivery", marketplace: "wildberries" })).toBeUndefined();
    const text = offline(buyerContext("Сколько идёт доставка?", { shopFacts: leaky }));
    expect(text).not.toContain("123-45-67");
    expect(checkText({ text, marketplace: "wildberries", messageType: "chat" }).ok).toBe(true);
    expect(factFindings({ delivery: leaky.delivery }).map((f) => f.key)).toEqual(["delivery"]);
    expect(factFindings({ delivery: FACTS.delivery, sizes: FACTS.sizes })).toEqual([]);
  });

  it("gives the LLM every usable fact, and leaves out a leaky one", () => {
    const context = draftContextSchema.parse(
      buyerContext("Когда доставка?", { shopFacts: { ...FACTS, other: "Пишите в телеграм @shop_msk" } }),
    );
    const user = buildPrompt({ context, classification: classifyMessage({ text: "Когда доставка?" }) })[1]!.content;
    expect(user).toContain("Доставка: Отправляем в течение 1 рабочего дня");
    expect(user).toContain("Возврат и обмен: Возврат в течение 14 дней");
    expect(user).not.toContain("@shop_msk");
  });

  it("keeps facts out of review replies", () => {
    const text = offline(
      buyerContext("Доставка очень долгая, неделю ждала", { kind: "review", rating: 2, shopFacts: FACTS }),
    );
    expect(text).not.toContain("Отправляем в течение");
  });
});
