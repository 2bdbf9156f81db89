import { describe, expect, it } from "vitest";
import { checkText } from "@/lib/ai/guardrails/check-text";
import { warmUpGuardrailsBeforeAll } from "@/lib/ai/testing/warm-up-guardrails";
import type { Marketplace } from "@/lib/ai/types";

warmUpGuardrailsBeforeAll();

const check = (text: string, marketplace: Marketplace = "wildberries") => checkText({ text, marketplace });

describe("a clause that says what the shop does not do", () => {
  it.each([
    ["Вацапа у нашего магазина нет, пишите в этот чат — ответим"],
    ["Телеграм-канала у нас пока нет, новинки публикуем в карточке магазина"],
    ["В вайбере нас нет, отвечаем только здесь", "avito"],
    ["Мы не просим переходить в мессенджеры, всё решим в этом чате"],
    ["Переводы на карту мы не принимаем, оплата только через площадку", "avito"],
    ["Мошенники иногда пишут в вотсап от имени магазина — мы так не делаем"],
    ["We have no WhatsApp, please keep writing here", "amazon"],
    ["We never offer gifts or refunds in exchange for a review", "amazon"],
    ["Please don't share your phone number in this chat", "amazon"],
  ] as [string, Marketplace?][])("passes, with a flag at most: %s", (text, marketplace) => {
    const result = check(text, marketplace);
    expect(result.ok).toBe(true);
  });

  it.each([
    // Contact data after an absence still blocks.
    ["Вотсапа у нас нет, пишите в тг @moda_opt24"],
    ["У нас нет вайбера, звоните 8 916 555-12-34"],
    // A refusal with a condition is a threat.
    ["Мы не вернём деньги, пока вы не удалите отзыв"],
    ["We won't give you a refund until you delete your review", "amazon"],
    // A rule quoted to press the buyer excuses nothing.
    ["Оскорбления в отзывах запрещены, удалите отзыв"],
    // «Не стесняйтесь», "don't forget" are not refusals.
    ["Не стесняйтесь, пишите нам в вотсап, там быстрее"],
    ["Don't forget to leave five stars and we'll send you a gift card", "amazon"],
  ] as [string, Marketplace?][])("still blocks: %s", (text, marketplace) => {
    expect(check(text, marketplace).ok).toBe(false);
  });

  it("shows the excused mention to the operator as a flag", () => {
    const result = check("Вотсапа у магазина нет, пишите сюда");
    expect(result.findings.some((f) => f.kind === "messenger" && f.severity === "flag")).toBe(true);
  });
});
