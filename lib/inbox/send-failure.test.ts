import { describe, expect, it } from "vitest";
import { AccountDisconnectedError } from "@/lib/accounts/account-error";
import { AppError } from "@/lib/errors";
import { describeSendFailure, retryCanHelp } from "@/lib/inbox/send-failure";
import {
  MarketplaceAuthError,
  MarketplaceNetworkError,
  MarketplaceRateLimitError,
  MarketplaceRejectedError,
  MarketplaceRequestError,
  MarketplaceServerError,
  MarketplaceTimeoutError,
} from "@/lib/marketplaces/http/errors";

const base = { marketplace: "ozon" as const, message: "ozon: failed" };
const RETRY = "Повторите позже";

describe("the retry hint of a failed reply", () => {
  it("is given for a marketplace server error, an unreachable marketplace and a rate limit", () => {
    const helped = [
      new MarketplaceServerError({ ...base, status: 503, vendorMessage: "service unavailable" }),
      new MarketplaceNetworkError({ ...base }),
      new MarketplaceRequestError({ ...base, status: 429, vendorMessage: "too many requests" }),
    ];
    for (const error of helped) {
      expect(retryCanHelp(error)).toBe(true);
      expect(describeSendFailure(error)).toContain(RETRY);
    }
    const limited = new MarketplaceRateLimitError({ ...base, status: 429, retryAfterMs: 30_000 });
    expect(retryCanHelp(limited)).toBe(true);
    expect(describeSendFailure(limited)).toBe("Маркетплейс ограничил частоту запросов. Повторите через 30 с.");
  });

  it("is not given for 404, 403 or 400, which fail the same way next time", () => {
    for (const status of [404, 403, 400]) {
      const error = new MarketplaceRequestError({ ...base, status, vendorMessage: "chat not found" });
      expect(retryCanHelp(error)).toBe(false);
      const text = describeSendFailure(error)!;
      expect(text).not.toContain(RETRY);
      expect(text).toContain(`(${status}): chat not found`);
    }
    // A server error the marketplace marks final is not retried either.
    expect(retryCanHelp(new MarketplaceServerError({ ...base, status: null, retryable: false }))).toBe(false);
  });

  it("keeps the marketplace's own reason for a rejection and asks to reconnect on a refused key", () => {
    expect(describeSendFailure(new MarketplaceRejectedError({ ...base, status: 400, reason: "Чат завершён" }))).toBe("Чат завершён");
    const auth = describeSendFailure(new MarketplaceAuthError({ ...base, status: 401, vendorMessage: "Invalid Api-Key" }))!;
    expect(auth).toContain("Invalid Api-Key");
    expect(auth).not.toContain(RETRY);
    expect(describeSendFailure(new MarketplaceTimeoutError({ ...base }))).toContain("проверьте в кабинете");
    expect(describeSendFailure(new AccountDisconnectedError({ marketplace: "ozon" }))).toBe("Аккаунт отключён: подключите его снова в настройках.");
  });

  it("leaves an error that is not the marketplace's to the caller, unless it is meant to be shown", () => {
    expect(describeSendFailure(new TypeError("x is undefined"))).toBeNull();
    expect(describeSendFailure(new AppError("unprocessable", "Слишком длинный ответ", { expose: true }))).toBe("Слишком длинный ответ");
  });
});
