import { describe, expect, it } from "vitest";

import { quarantineKind, quarantineReason } from "@/components/accounts/quarantine-reason";
import { en, ru } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";

describe("quarantine wording", () => {
  it("says the count with the Russian plural forms, and in English", () => {
    expect(formatMessage("ru", ru.quarantine.summary, { n: 1 })).toBe("1 запись не удалось прочитать");
    expect(formatMessage("ru", ru.quarantine.summary, { n: 3 })).toBe("3 записи не удалось прочитать");
    expect(formatMessage("ru", ru.quarantine.summary, { n: 12 })).toBe("12 записей не удалось прочитать");
    expect(formatMessage("ru", ru.quarantine.summary, { n: 21 })).toBe("21 запись не удалось прочитать");
    expect(formatMessage("en", en.quarantine.summary, { n: 2 })).toBe("2 records could not be read");
    expect(formatMessage("en", en.quarantine.summary, { n: 1 })).toBe("1 record could not be read");
  });

  it("turns stored reasons into the owner's language, keeping the vendor's field names", () => {
    expect(
      quarantineReason({ q: ru.quarantine, locale: "ru", reason: "eventID: missing; addTimestamp: not_a_date" }),
    ).toEqual(["нет поля «eventID»", "в поле «addTimestamp» не дата"]);
    expect(quarantineReason({ q: ru.quarantine, locale: "ru", reason: "record: invalid" })).toEqual([
      "запись в неожиданном виде",
    ]);
    expect(quarantineReason({ q: en.quarantine, locale: "en", reason: "payload.value.chat_id: missing" })).toEqual([
      "field “payload.value.chat_id” is missing",
    ]);
    expect(quarantineKind({ q: ru.quarantine, kind: "wildberries.event" })).toBe("Событие чата");
    expect(quarantineKind({ q: ru.quarantine, kind: "something.new" })).toBe("Запись");
  });
});
