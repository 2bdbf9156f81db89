import { describe, expect, it } from "vitest";
import { baseUrlFields, resolveBaseUrls } from "@/lib/accounts/base-urls";

const production = { allowAny: false, allowedOrigins: ["http://127.0.0.1:4010"] };

describe("resolveBaseUrls", () => {
  it("keeps the given keys, drops empty ones and trailing slashes; nothing given means the real hosts", () => {
    expect(resolveBaseUrls({ marketplace: "wildberries", baseUrls: { chat: "http://127.0.0.1:4010/wb-chat/", feedbacks: "" }, policy: production })).toEqual({
      chat: "http://127.0.0.1:4010/wb-chat",
    });
    expect(resolveBaseUrls({ marketplace: "wildberries", baseUrls: { chat: "", feedbacks: "" }, policy: production })).toBeNull();
    expect(resolveBaseUrls({ marketplace: "ozon", baseUrls: undefined, policy: production })).toBeNull();
  });

  it("refuses keys the marketplace does not have", () => {
    expect(() => resolveBaseUrls({ marketplace: "ozon", baseUrls: { chat: "http://127.0.0.1:4010/ozon" }, policy: production })).toThrow(/Unknown base URL "chat"/);
  });

  it("on a production server accepts only the simulator's origin (no token sent to arbitrary hosts)", () => {
    expect(() => resolveBaseUrls({ marketplace: "ozon", baseUrls: { api: "http://169.254.169.254/latest" }, policy: production })).toThrow(/не разрешён/);
    expect(() => resolveBaseUrls({ marketplace: "ozon", baseUrls: { api: "http://127.0.0.1:4011/ozon" }, policy: production })).toThrow(/не разрешён/);
    expect(resolveBaseUrls({ marketplace: "ozon", baseUrls: { api: "http://169.254.169.254/latest" }, policy: { ...production, allowAny: true } })).toEqual({ api: "http://169.254.169.254/latest" });
  });
});

describe("baseUrlFields", () => {
  it("lists each marketplace's base URL keys with the real default", () => {
    expect(baseUrlFields({ marketplace: "wildberries" })).toEqual([
      { name: "chat", defaultUrl: "https://buyer-chat-api.wildberries.ru" },
      { name: "feedbacks", defaultUrl: "https://feedbacks-api.wildberries.ru" },
    ]);
    // Amazon's API host follows the region: no single default.
    expect(baseUrlFields({ marketplace: "amazon" })).toEqual([
      { name: "api", defaultUrl: null },
      { name: "lwa", defaultUrl: "https://api.amazon.com" },
    ]);
  });
});
