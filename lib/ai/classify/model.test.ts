import { statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyMessage } from "@/lib/ai/classify-message";
import { messageFeatures } from "@/lib/ai/classify/features";
import { predict } from "@/lib/ai/classify/linear-model";
import { MODEL, modelInput } from "@/lib/ai/classify/model";

describe("the shipped n-gram model", () => {
  it("is small and never trained on the blind sets 2 and 3", () => {
    expect(statSync(path.join(import.meta.dirname, "model.json")).size).toBeLessThan(300 * 1024);
    expect(MODEL.trainedOn.length).toBeGreaterThan(0);
    for (const file of MODEL.trainedOn) expect(file).not.toMatch(/blind[23]/);
    expect(MODEL.intent.labels).toContain("no_reply");
    expect(MODEL.intent.weights).toHaveLength(MODEL.vocabulary.length);
  });

  it("scales a message by all its features, as training does, not by the ones the pruned vocabulary kept", () => {
    const text = "когда доставочка будет zzqx wwvy";
    const input = modelInput(text);
    expect(input.count).toBe(messageFeatures(text).length);
    expect(input.ids.length).toBeLessThan(input.count);
  });

  it("reads words by their letters, so a misspelt word still carries its meaning", () => {
    expect(messageFeatures("доствка")).toEqual(expect.arrayContaining([" до", "дос", "вка "]));
    const top = predict(MODEL.intent, modelInput("когда доставочка будет"))[0]!;
    expect(top.label).toBe("delivery");
  });
});

describe("no_reply: acknowledgements that need no answer", () => {
  it.each(["ок", "Окей 👌", "спасибо, жду", "Хорошо, поняла", "понятно", "👍", "Got it, thanks", "спасибо за ответ", "Great, thank you", "Хорошо, подъеду в четверг вечером"])("%s", (text) => {
    expect(classifyMessage({ text }).intent).toBe("no_reply");
  });

  it.each([
    ["ок, а когда привезут?", "delivery"],
    ["Ну что там?", "other"],
    ["Спасибо, всё пришло, очень довольна!", "thanks"],
    ["хорошо, но пришёл брак", "defect"],
    ["Great blanket, thanks!", "thanks"],
  ])("%s is not an acknowledgement", (text, intent) => {
    expect(classifyMessage({ text }).intent).toBe(intent);
  });
});

describe("general vocabulary of product questions and problems, in Russian and English", () => {
  it.each([
    ["What is the cover made of?", "other"],
    ["Do you issue an invoice for a company?", "other"],
    ["Сильно шумит при работе?", "other"],
    ["How wide is the bench?", "size_fit"],
    ["Какая глубина у полки?", "size_fit"],
    ["Which carrier ships to Texas?", "delivery"],
    ["Will the lamp be back in stock in June?", "availability"],
    ["The mug came shattered in the box", "defect"],
    ["Аккумулятор вздулся через две недели", "defect"],
  ])("%s -> %s", (text, intent) => {
    expect(classifyMessage({ text }).intent).toBe(intent);
  });
});
