import { describe, expect, it } from "vitest";
import { lexiconIntent } from "@/lib/ai/classify/lexicon-classifier";
import { tokenize } from "@/lib/ai/classify/normalize";

const lexicon = (text: string) => lexiconIntent(tokenize(text), text)?.intent;

describe("lexiconIntent: a settled question closes the exchange", () => {
  it.each([
    "Всё, вопрос снят",
    "разобралась, спасибо",
    "спасибо, до связи",
    "Оформила возврат, жду",
    "Ок, завтра заберу после работы",
  ])("%s", (text) => {
    expect(lexicon(text)).toBe("no_reply");
  });

  it.each(["вопрос снят? когда привезут", "жду возврат денег уже месяц", "уже неделю жду курьера, где он"])(
    "%s is not one",
    (text) => {
      expect(lexicon(text)).not.toBe("no_reply");
    },
  );
});
