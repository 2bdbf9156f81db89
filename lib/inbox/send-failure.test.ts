import { describe, expect, it } from "vitest";
import { AccountDisconnectedError } from "@/lib/accounts/account-error";
import { AppError } from "@/lib/errors";
import { describeSendFailure as describe_, retryCanHelp } from "@/lib/inbox/send-failure";
import { sendFailureText, storedSendFailure } from "@/lib/inbox/send-failure-text";
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
// The failure as the Russian thread shows it.
const describeSendFailure = (error: unknown) => {
  const failure = describe_(error);
  return failure && sendFailureText(failure, "ru");
};

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
    expect(describeSendFailure(limited)).toBe("Маркетплейс ограничил частоту запросов. Повторите через 30 секунд.");
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
    expect(describeSendFailure(new MarketplaceRejectedError({ ...base, status: 400, reason: "Чат завершён" }))).toBe(
      "Чат завершён",
    );
    const auth = describeSendFailure(
      new MarketplaceAuthError({ ...base, status: 401, vendorMessage: "Invalid Api-Key" }),
    )!;
    expect(auth).toContain("Invalid Api-Key");
    expect(auth).not.toContain(RETRY);
    expect(describeSendFailure(new MarketplaceTimeoutError({ ...base }))).toContain("проверьте в кабинете");
    expect(describeSendFailure(new AccountDisconnectedError({ marketplace: "ozon" }))).toBe(
      "Аккаунт отключён: подключите его снова в настройках.",
    );
  });

  it("leaves an error that is not the marketplace's to the caller, unless it is meant to be shown", () => {
    expect(describeSendFailure(new TypeError("x is undefined"))).toBeNull();
    expect(describeSendFailure(new AppError("unprocessable", "Слишком длинный ответ", { expose: true }))).toBe(
      "Слишком длинный ответ",
    );
  });
});

describe("a failed reply's reason in the reader's language", () => {
  it("is stored as a code and worded in English too", () => {
    const limited = describe_(new MarketplaceRateLimitError({ ...base, status: 429, retryAfterMs: 1_000 }))!;
    expect(limited).toEqual({ code: "rate_limited", params: { seconds: 1 } });
    expect(sendFailureText(limited, "ru")).toBe("Маркетплейс ограничил частоту запросов. Повторите через 1 секунду.");
    expect(sendFailureText(limited, "en")).toBe("The marketplace limited the request rate. Try again in 1 second.");
    expect(sendFailureText({ code: "rate_limited", params: { seconds: 0 } }, "en")).toBe(
      "The marketplace limited the request rate. Try again a little later.",
    );
    const refused = describe_(new MarketplaceRequestError({ ...base, status: 404, vendorMessage: "chat not found" }))!;
    expect(sendFailureText(refused, "en")).toBe(
      "The marketplace refused (404): chat not found. Retrying will not help: check the chat in the marketplace's seller account.",
    );
  });

  it("reads an old Russian sentence back into its code, and leaves a marketplace's own reason as it came", () => {
    const old = (error: string) => sendFailureText(storedSendFailure({ error, errorParams: null }), "en");
    expect(old("Маркетплейс ограничил частоту запросов. Повторите через 30 с.")).toBe(
      "The marketplace limited the request rate. Try again in 30 seconds.",
    );
    expect(old("Маркетплейс не принял сообщение (503): service unavailable. Повторите позже.")).toBe(
      "The marketplace did not accept the message (503): service unavailable. Try again later.",
    );
    expect(old("Маркетплейс не принял ключ доступа: Invalid Api-Key. Переподключите аккаунт в настройках.")).toBe(
      "The marketplace did not accept the access key: Invalid Api-Key. Reconnect the account in Settings.",
    );
    expect(old("Аккаунт отключён: подключите его снова в настройках.")).toBe(
      "The account is disconnected: connect it again in Settings.",
    );
    expect(old("Чат завершён")).toBe("Чат завершён");
    // A code with values that do not fit is not trusted as a code.
    expect(sendFailureText(storedSendFailure({ error: "auth", errorParams: null }), "en")).toBe("auth");
  });
});
