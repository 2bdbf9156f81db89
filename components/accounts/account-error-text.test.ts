import { describe, expect, it } from "vitest";
import { accountErrorText } from "@/components/accounts/account-error-text";
import {
  ACCOUNT_ERROR_CODES,
  accountErrorOf,
  decodeAccountError,
  encodeAccountError,
} from "@/lib/accounts/account-error";
import { en, ru } from "@/lib/i18n/dictionaries";
import { MarketplaceRequestError, MarketplaceServerError } from "@/lib/marketplaces/http/errors";

// An account's last error is stored as a code and shown in the owner's language; no exception text reaches the page.

describe("an account's last error", () => {
  it("is shown in Russian and English with the marketplace's status and its own words", () => {
    const error = decodeAccountError(
      encodeAccountError(
        accountErrorOf({
          error: new MarketplaceServerError({
            marketplace: "ozon",
            message: "ozon: 503",
            status: 503,
            vendorMessage: "service unavailable",
          }),
        }),
      ),
    )!;
    expect(accountErrorText({ locale: "ru", t: ru.accountErrors, error })).toBe(
      "Сервер маркетплейса ответил ошибкой (503): «service unavailable»; повторим автоматически.",
    );
    expect(accountErrorText({ locale: "en", t: en.accountErrors, error })).toBe(
      "The marketplace's server answered with an error (503): “service unavailable”; we will retry automatically.",
    );
    const refused = accountErrorOf({
      error: new MarketplaceRequestError({ marketplace: "ozon", message: "ozon: 404 chat not found", status: 404 }),
    });
    expect(accountErrorText({ locale: "ru", t: ru.accountErrors, error: refused })).toBe(
      "Маркетплейс отклонил запрос (404).",
    );
  });

  it("turns an exception that is not the marketplace's into the generic message, and so any text an earlier version stored", () => {
    const raw = new SyntaxError("Cannot convert demo-nr-ym-1 to a BigInt");
    for (const error of [
      accountErrorOf({ error: raw }),
      decodeAccountError("Cannot convert demo-nr-ym-1 to a BigInt")!,
      decodeAccountError('{"code":"boom"}')!,
    ]) {
      expect(error).toEqual({ code: "internal", params: {} });
      expect(accountErrorText({ locale: "ru", t: ru.accountErrors, error })).toBe(
        "Внутренняя ошибка при обращении к маркетплейсу; повторим автоматически.",
      );
    }
    expect(decodeAccountError(null)).toBeNull();
  });

  it("has words for every code in both languages, with no placeholder left over", () => {
    for (const code of ACCOUNT_ERROR_CODES) {
      for (const [locale, t] of [
        ["ru", ru.accountErrors],
        ["en", en.accountErrors],
      ] as const) {
        const text = accountErrorText({ locale, t, error: { code, params: {} } });
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(/[{}]|undefined|null/);
      }
    }
  });
});
