import { statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyMessage } from "@/lib/ai/classify-message";
import { messageFeatures } from "@/lib/ai/classify/features";
import { encodeHead, linearModelFileSchema, predict } from "@/lib/ai/classify/linear-model";
import { MODEL, modelInput } from "@/lib/ai/classify/model";

describe("the shipped n-gram model", () => {
  it("is small and never trained on a blind or held-out set", () => {
    expect(statSync(path.join(import.meta.dirname, "model.json")).size).toBeLessThan(300 * 1024);
    expect(MODEL.trainedOn.length).toBeGreaterThan(0);
    for (const file of MODEL.trainedOn) expect(file).not.toMatch(/blind|holdout/);
    expect(MODEL.intent.labels).toContain("no_reply");
    expect(MODEL.intent.weights).toHaveLength(MODEL.buckets * MODEL.intent.labels.length);
    expect(MODEL.sentiment.weights).toHaveLength(MODEL.buckets * MODEL.sentiment.labels.length);
  });

  it("scales a message by all its features, each feature read through its bucket", () => {
    const text = "когда доставочка будет zzqx wwvy";
    const input = modelInput(text);
    expect(input.count).toBe(messageFeatures(text).length);
    expect(input.ids.length).toBeGreaterThan(0);
    expect(new Set(input.ids).size).toBe(input.ids.length);
    for (const id of input.ids) expect(id).toBeLessThan(MODEL.buckets);
  });

  it("round-trips a head through the file format", () => {
    const head = { labels: ["a", "b"], bias: [0.5, -0.5], scale: 0.01, weights: Int8Array.from([1, -2, 127, -128]) };
    const file = linearModelFileSchema.parse({
      version: 2,
      trainedOn: ["x.jsonl"],
      combination: { intentBonus: 0, sentimentBonus: 0, neutralBonus: 0 },
      buckets: 2,
      intent: encodeHead(head),
      sentiment: encodeHead(head),
    });
    expect(Array.from(file.intent.weights)).toEqual([1, -2, 127, -128]);
    expect(file.combination.intentOffsets).toEqual({});
    expect(predict(file.intent, { ids: [1], count: 1 })[0]!.label).toBe("a");
  });

  it("reads words by their letters, so a misspelt word still carries its meaning", () => {
    expect(messageFeatures("доствка")).toEqual(expect.arrayContaining([" до", "дос", "вка "]));
    const top = predict(MODEL.intent, modelInput("когда доставочка будет"))[0]!;
    expect(top.label).toBe("delivery");
  });
});

describe("no_reply: acknowledgements that need no answer", () => {
  it.each([
    "ок",
    "Окей 👌",
    "спасибо, жду",
    "Хорошо, поняла",
    "понятно",
    "👍",
    "Got it, thanks",
    "спасибо за ответ",
    "Great, thank you",
    "Хорошо, подъеду в четверг вечером",
  ])("%s", (text) => {
    expect(classifyMessage({ text }).intent).toBe("no_reply");
  });

  it.each([
    ["ок, а когда привезут?", "delivery"],
    ["Спасибо, всё пришло, очень довольна!", "thanks"],
    ["хорошо, но пришёл брак", "defect"],
    ["Great blanket, thanks!", "thanks"],
  ])("%s is not an acknowledgement", (text, intent) => {
    expect(classifyMessage({ text }).intent).toBe(intent);
  });

  it("a question is never an acknowledgement, however short", () => {
    for (const text of ["Ну что там?", "И?", "ок?"]) expect(classifyMessage({ text }).intent).not.toBe("no_reply");
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
