import { describe, expect, it } from "vitest";
import { lexiconSentiment } from "@/lib/ai/classify/lexicon-sentiment";
import { tokenize } from "@/lib/ai/classify/normalize";
import type { Intent } from "@/lib/ai/types";

// Phrases written for these tests, not taken from the eval or training sets.
const read = (text: string, intent: Intent = "other") => lexiconSentiment(tokenize(text), text, intent);

describe("lexiconSentiment", () => {
  it("reads a positive word negated across an intensifier as a complaint", () => {
    expect(read("Пальто не очень понравилось").sentiment).toBe("negative");
    expect(read("The lining is not very comfortable, not really great").sentiment).toBe("negative");
  });

  it("sets aside a negated complaint word instead of counting it", () => {
    expect(read("Качество не плохое, без обмана")).toEqual({ sentiment: "neutral", score: 5 });
  });

  it("does not count what a condition imagines", () => {
    expect(read("А если вдруг куртка не понравится, её можно сдать?", "return").sentiment).toBe("neutral");
    expect(read("Что делать, если при получении окажется брак?", "defect").sentiment).toBe("neutral");
    expect(read("Если честно, это ужас").sentiment).toBe("negative");
  });

  it("keeps a defect report negative when it is not a what-if question", () => {
    expect(read("В коробке нет одного крепления", "defect").sentiment).toBe("negative");
  });

  it("reads praise followed by a complaint as a complaint", () => {
    expect(read("Отличный чайник, спасибо, но крышка не закрывается", "thanks").sentiment).toBe("negative");
    expect(read("Шикарная сумка, жаль, что ремешок короткий", "thanks").sentiment).toBe("negative");
    expect(read("Спасибо, всё отлично, а пакет можно не присылать?", "thanks").sentiment).not.toBe("negative");
  });

  it("reads praise in quotation marks as sarcasm", () => {
    expect(read("Спасибо за «оперативную» доставку через три недели", "thanks").sentiment).toBe("negative");
    expect(read("Статус «в пути» с понедельника", "delivery").sentiment).toBe("neutral");
  });

  it("knows short slangy praise", () => {
    for (const text of ["годнота", "кайф!", "это бомба", "Awesome, would buy again"])
      expect(read(text, "thanks").sentiment, text).toBe("positive");
  });

  it("tells a neutral it weighed from one that knew no word", () => {
    expect(read("Подскажите, из чего сделан корпус?").score).toBe(0);
    expect(read("А если придёт поздно, я смогу отказаться?", "delivery").score).toBeGreaterThan(0);
  });
});
