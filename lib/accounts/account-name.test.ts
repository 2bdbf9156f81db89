import { describe, expect, it } from "vitest";
import { accountName, accountNameText } from "@/lib/accounts/account-name";
import { dictionaries } from "@/lib/i18n/dictionaries";
import type { Marketplace } from "@/lib/marketplaces/marketplace";

// A stored account row as the screen names it, in Russian and English.
const shown = (row: { name: string | null; marketplace: Marketplace; identityKey: string | null }) => {
  const name = accountName(row);
  const words = (locale: "ru" | "en") => dictionaries[locale].accounts.defaultName;
  return {
    ru: accountNameText(name, { marketplace: row.marketplace, locale: "ru", words: words("ru") }),
    en: accountNameText(name, { marketplace: row.marketplace, locale: "en", words: words("en") }),
  };
};

describe("an account's name", () => {
  it("without one given, is named by its identity in the reader's language", () => {
    expect(accountName({ name: null, marketplace: "yandex_market", identityKey: "business:1001" })).toEqual({
      code: "business",
      id: "1001",
    });
    expect(shown({ name: null, marketplace: "yandex_market", identityKey: "business:1001" })).toEqual({
      ru: "Кабинет 1001",
      en: "Account 1001",
    });
    expect(shown({ name: null, marketplace: "avito", identityKey: "user:94235311" })).toEqual({
      ru: "Профиль 94235311",
      en: "Profile 94235311",
    });
    expect(shown({ name: null, marketplace: "wildberries", identityKey: "seller:1" }).en).toBe("Wildberries");
    expect(shown({ name: null, marketplace: "yandex_market", identityKey: null }).en).toBe("Yandex Market");
  });

  it("stored as the former Russian default, reads in English too", () => {
    expect(shown({ name: "Кабинет 1001", marketplace: "yandex_market", identityKey: "business:1001" }).en).toBe(
      "Account 1001",
    );
    expect(shown({ name: "Профиль 94235311", marketplace: "avito", identityKey: "user:94235311" }).en).toBe(
      "Profile 94235311",
    );
    expect(shown({ name: "Авито", marketplace: "avito", identityKey: null }).en).toBe("Avito");
  });

  it("given by the owner or the marketplace, stays as it is", () => {
    expect(shown({ name: "Модный дом", marketplace: "ozon", identityKey: "client:1" })).toEqual({
      ru: "Модный дом",
      en: "Модный дом",
    });
    // Another cabinet's number in the name is the owner's choice, not a default.
    expect(shown({ name: "Кабинет 7", marketplace: "yandex_market", identityKey: "business:1001" }).en).toBe(
      "Кабинет 7",
    );
  });
});
