import { describe, expect, it } from "vitest";
import { isRussianTag, languageName } from "@/lib/i18n/language-name";

describe("languageName", () => {
  it("names the buyer's language in the interface's language, from a region-tagged locale", () => {
    expect(languageName({ tag: "de-DE", locale: "ru" })).toBe("немецкий");
    expect(languageName({ tag: "de-DE", locale: "en" })).toBe("German");
    expect(languageName({ tag: "en_GB", locale: "ru" })).toBe("английский");
  });
  it("shows a tag it cannot name as it came", () => {
    expect(languageName({ tag: "qq-ZZ", locale: "ru" })).toBe("qq-ZZ");
    expect(languageName({ tag: "", locale: "ru" })).toBe("");
  });
  it("tells Russian apart", () => {
    expect(isRussianTag({ tag: "ru-RU" })).toBe(true);
    expect(isRussianTag({ tag: "ru" })).toBe(true);
    expect(isRussianTag({ tag: "rue" })).toBe(false);
    expect(isRussianTag({ tag: "de-DE" })).toBe(false);
  });
});
