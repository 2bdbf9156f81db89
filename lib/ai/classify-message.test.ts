import { describe, expect, it } from "vitest";
import { classifyMessage, explainIntent } from "@/lib/ai/classify-message";
import { priorityFor, SLA_MINUTES } from "@/lib/ai/sla";

// Phrases written for these tests, not taken from the eval sets.
describe("classifyMessage: intent", () => {
  it.each([
    ["Подскажите, когда курьер привезёт посылку?", "delivery"],
    ["трек не обновляется третий день", "delivery"],
    ["Какой размер брать при обхвате бёдер 100?", "size_fit"],
    ["Зарядка подойдёт к ноутбуку Lenovo?", "size_fit"],
    ["Пылесос не включается после первой зарядки", "defect"],
    ["В коробке оказалась чужая модель вместо заказанной", "defect"],
    ["Хочу оформить возврат, вещь не понравилась", "return"],
    ["Отмените, пожалуйста, мой заказ", "return"],
    ["Будет ли поступление бордового цвета?", "availability"],
    ["Огромное спасибо, всё отлично!", "thanks"],
    ["Из какого материала подошва?", "other"],
    ["Please send me a refund", "return"],
  ])("%s -> %s", (text, intent) => {
    expect(classifyMessage({ text }).intent).toBe(intent);
  });

  it("tolerates typos and stretched letters", () => {
    expect(classifyMessage({ text: "когда будет доствка" }).intent).toBe("delivery");
    expect(classifyMessage({ text: "как оформить вовзрат" }).intent).toBe("return");
    expect(classifyMessage({ text: "спасибоооо" }).intent).toBe("thanks");
    // Latin letters typed inside a Russian word.
    expect(classifyMessage({ text: "пришел бpак" }).intent).toBe("defect");
  });

  it("does not read a hypothetical breakage as a defect report", () => {
    expect(classifyMessage({ text: "А если сломается, куда обращаться по гарантии?" }).intent).toBe("other");
  });

  it("lets a complaint win over a polite thank-you", () => {
    expect(classifyMessage({ text: "Спасибо, но пришёл брак: шов разошёлся" }).intent).toBe("defect");
    expect(classifyMessage({ text: "Спасибо за ответ, а когда будет в наличии?" }).intent).toBe("availability");
  });

  it("reads a delivery question as delivery when it mentions a refund or a return in passing", () => {
    expect(classifyMessage({ text: "Спасибо за возврат денег! А новый заказ когда отгрузите?" }).intent).toBe(
      "delivery",
    );
    expect(classifyMessage({ text: "I sent back the wrong one, when does the new one arrive?" }).intent).toBe(
      "delivery",
    );
  });

  it("reads a remark about a failing part as a defect", () => {
    expect(classifyMessage({ text: "застёжка не держит, расстёгивается сама" }).intent).toBe("defect");
    expect(classifyMessage({ text: "The stitching is coming undone" }).intent).toBe("defect");
  });

  it("explains which terms decided", () => {
    const { scores, terms } = explainIntent({ text: "Где мой заказ?" });
    expect(scores.delivery).toBeGreaterThan(0);
    expect(terms.some((t) => t.startsWith("delivery:"))).toBe(true);
  });
});

describe("classifyMessage: sentiment", () => {
  it.each([
    ["Спасибо, очень довольна покупкой", "positive"],
    ["Подскажите размер, пожалуйста", "neutral"],
    ["Кошмар, третий раз пишу и никто не отвечает", "negative"],
    ["ГДЕ МОЙ ЗАКАЗ, СКОЛЬКО МОЖНО ЖДАТЬ", "negative"],
    ["Товар не понравился совсем", "negative"],
    ["Где посылка???", "negative"],
  ])("%s -> %s", (text, sentiment) => {
    expect(classifyMessage({ text }).sentiment).toBe(sentiment);
  });

  it("treats a defect report as negative even when written calmly", () => {
    expect(classifyMessage({ text: "Здравствуйте, в наборе не хватает одной детали" }).sentiment).toBe("negative");
  });

  it.each([
    "Добрый день, заказ должен был приехать в субботу, а его всё нет. Подскажите, что случилось?",
    "Подскажите, пожалуйста, курьер всегда так грубо разговаривает?",
    "Сумка отличная, спасибо, но ремешок оторвался через день",
    "Рюкзак классный, но молния расходится",
    "Спасибо за «быстрый» ответ через пять дней",
  ])("reads a complaint written politely, as a question or after praise as negative: %s", (text) => {
    expect(classifyMessage({ text }).sentiment).toBe("negative");
  });

  it.each([
    "А вдруг не понравится цвет, можно обменять?",
    "If the charger turns out faulty, do I send it back to you?",
  ])("reads a question about what might go wrong as neutral: %s", (text) => {
    expect(classifyMessage({ text }).sentiment).toBe("neutral");
  });

  it.each(["годнота!", "кайф", "Awesome, would buy again", "неплохо, за свои деньги"])(
    "reads short slangy praise as positive: %s",
    (text) => {
      expect(classifyMessage({ text }).sentiment).toBe("positive");
    },
  );

  it("uses a low star rating over neutral wording", () => {
    expect(classifyMessage({ text: "Размер соответствует", rating: 1 }).sentiment).toBe("negative");
    expect(classifyMessage({ text: "Размер соответствует", rating: 5 }).sentiment).toBe("positive");
  });
});

describe("priority and SLA", () => {
  it("maps negative or problem messages to urgent, order questions to high, the rest to normal", () => {
    expect(priorityFor({ intent: "thanks", sentiment: "negative" })).toEqual({ priority: "urgent", slaMinutes: 60 });
    expect(priorityFor({ intent: "defect", sentiment: "neutral" })).toEqual({ priority: "urgent", slaMinutes: 60 });
    expect(priorityFor({ intent: "delivery", sentiment: "neutral" })).toEqual({ priority: "high", slaMinutes: 240 });
    expect(priorityFor({ intent: "return", sentiment: "positive" })).toEqual({ priority: "high", slaMinutes: 240 });
    expect(priorityFor({ intent: "thanks", sentiment: "positive" })).toEqual({ priority: "normal", slaMinutes: 1440 });
    expect(priorityFor({ intent: "other", sentiment: "neutral" }).slaMinutes).toBe(SLA_MINUTES.normal);
  });

  it("returns the priority together with the labels", () => {
    expect(classifyMessage({ text: "Где мой заказ?! Обещали вчера" })).toMatchObject({
      intent: "delivery",
      sentiment: "negative",
      priority: "urgent",
      slaMinutes: 60,
      source: "offline",
    });
  });
});
