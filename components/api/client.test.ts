import { afterEach, describe, expect, it, vi } from "vitest";
import { api, apiResponse, ApiError } from "@/components/api/client";
import { apiErrorText, fieldErrors } from "@/components/api/error-text";
import { dictionaries } from "@/lib/i18n/dictionaries";

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetch = vi.fn(
    async () =>
      new Response(body === null ? null : JSON.stringify(body), {
        status,
        headers: { "content-type": "application/json", ...headers },
      }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => vi.unstubAllGlobals());

describe("api", () => {
  it("sends JSON and returns the body", async () => {
    const fetch = answer(201, { id: "l1" });
    await expect(api<{ id: string }>("/api/labels", { method: "POST", body: { name: "VIP" } })).resolves.toEqual({
      id: "l1",
    });
    expect(fetch).toHaveBeenCalledWith(
      "/api/labels",
      expect.objectContaining({
        method: "POST",
        body: '{"name":"VIP"}',
        headers: { "content-type": "application/json", "x-tab-id": expect.stringMatching(/^[0-9a-f]{24}$/) },
      }),
    );
  });

  it("returns null for an empty 204", async () => {
    answer(204, null);
    await expect(api("/api/labels/l1", { method: "DELETE" })).resolves.toBeNull();
  });

  it("throws the status, code, field issues, reason and Retry-After of a refusal", async () => {
    answer(400, {
      error: {
        code: "bad_request",
        message: "Invalid request",
        issues: [{ path: "credentials.token", message: "Too short" }],
      },
    });
    const invalid = await refusal(api("/api/accounts", { method: "POST", body: {} }));
    expect([invalid.status, invalid.code, invalid.issues]).toEqual([
      400,
      "bad_request",
      [{ path: "credentials.token", message: "Too short" }],
    ]);

    answer(
      429,
      { error: { code: "rate_limited", message: "Slow down", details: { reason: "too_many" } } },
      { "retry-after": "120" },
    );
    const limited = await refusal(api("/api/signup", { method: "POST", body: {}, signInOn401: false }));
    expect([limited.status, limited.reason, limited.retryAfter]).toEqual([429, "too_many", 120]);
  });

  it("turns a body that is not our error shape into a plain HTTP refusal", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("<html>Bad gateway</html>", { status: 502 })),
    );
    const error = await refusal(api("/api/chats"));
    expect([error.status, error.code, error.issues, error.details]).toEqual([502, "http", [], {}]);
  });

  it("reports an unreachable server as a network error, and an abort as the abort", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    expect((await refusal(api("/api/chats"))).code).toBe("network");
    const controller = new AbortController();
    controller.abort();
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new DOMException("aborted", "AbortError"))),
    );
    await expect(api("/api/chats", { signal: controller.signal })).rejects.toHaveProperty("name", "AbortError");
  });

  it("hands back the response of a stream and refuses the same way", async () => {
    answer(200, { ok: true });
    expect((await apiResponse("/api/chats/c1/drafts", { method: "POST" })).status).toBe(200);
    answer(404, { error: { code: "not_found", message: "Chat not found" } });
    expect((await refusal(apiResponse("/api/chats/c1/drafts", { method: "POST" }))).code).toBe("not_found");
  });
});

describe("apiErrorText", () => {
  const ru = { t: dictionaries.ru, locale: "ru" };
  const en = { t: dictionaries.en, locale: "en" };

  it("words a refusal by its code in the screen's language, never the server's message", () => {
    const error = new ApiError(404, "not_found", [], {});
    expect(apiErrorText(error, ru)).toBe(dictionaries.ru.errors.notFound);
    expect(apiErrorText(error, en)).toBe(dictionaries.en.errors.notFound);
    expect(apiErrorText(new ApiError(0, "network"), ru)).toBe(dictionaries.ru.errors.network);
    expect(apiErrorText(new ApiError(500, "internal"), en)).toBe(dictionaries.en.errors.generic);
    expect(apiErrorText(new Error("Internal error"), ru)).toBe(dictionaries.ru.errors.generic);
  });

  it("prefers the caller's words for a reason or a code, then the route's words in both languages, then findings", () => {
    const taken = new ApiError(409, "conflict", [], { reason: "taken", ru: "Занято", en: "Taken" });
    expect(apiErrorText(taken, { ...ru, reasons: { taken: "Такая метка уже есть" } })).toBe("Такая метка уже есть");
    expect(apiErrorText(taken, { ...en, reasons: { conflict: "Name taken" } })).toBe("Name taken");
    expect(apiErrorText(taken, en)).toBe("Taken");
    const blocked = new ApiError(422, "unprocessable", [], {
      findings: [{ message: "Нельзя ссылки", messageEn: "No links" }],
    });
    expect(apiErrorText(blocked, ru)).toBe("Нельзя ссылки");
    expect(apiErrorText(blocked, en)).toBe("No links");
  });

  it("maps field issues to their paths, worded by the caller or generically", () => {
    const error = new ApiError(400, "bad_request", [
      { path: "name", code: "too_small", message: "Too small: expected string to have >=1 characters" },
      { path: "color", code: "invalid_value", message: "Invalid option" },
      { path: "credentials.token", code: "too_small", message: "Too small" },
    ]);
    expect(fieldErrors(error, { t: dictionaries.ru, fields: { name: "Введите название" } })).toEqual({
      name: "Введите название",
      color: dictionaries.ru.errors.field,
      "credentials.token": dictionaries.ru.errors.tooShort,
    });
    expect(fieldErrors(new Error("x"), { t: dictionaries.en })).toEqual({});
  });
});
