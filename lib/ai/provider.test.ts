import { afterEach, describe, expect, it } from "vitest";
import { OFFLINE_MODEL } from "@/lib/ai/offline-drafter";
import { aiConfigSchema, DEFAULT_BASE_URL, DEFAULT_MODEL, pickProvider } from "@/lib/ai/provider";
import { buyerContext } from "@/lib/ai/testing/contexts";
import { completion, startFakeLlmServer, type FakeLlmServer } from "@/lib/ai/testing/fake-llm-server";
import { classifyMessage } from "@/lib/ai/classify-message";
import { draftContextSchema } from "@/lib/ai/types";

let server: FakeLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("pickProvider", () => {
  it("defaults to DeepSeek's endpoint and model", () => {
    expect(aiConfigSchema.parse({})).toMatchObject({ baseUrl: DEFAULT_BASE_URL, model: DEFAULT_MODEL });
    expect(DEFAULT_BASE_URL).toBe("https://api.deepseek.com");
    expect(DEFAULT_MODEL).toBe("deepseek-chat");
  });

  it("is the offline drafter without a key", async () => {
    const provider = pickProvider({ config: {} });
    expect(provider).toMatchObject({ source: "offline", model: OFFLINE_MODEL });
    const context = draftContextSchema.parse(buyerContext("Где заказ?"));
    await expect(
      provider.draft({ context, classification: classifyMessage({ text: "Где заказ?" }) }),
    ).resolves.toContain("Здравствуйте");
  });

  it("is the configured OpenAI-compatible model with a key", async () => {
    server = await startFakeLlmServer(() => ({ kind: "json", body: completion("Ответ модели") }));
    const provider = pickProvider({ config: { apiKey: "k", baseUrl: `${server.baseUrl}/`, model: "yandexgpt-lite" } });
    expect(provider).toMatchObject({ source: "llm", model: "yandexgpt-lite" });
    const context = draftContextSchema.parse(buyerContext("Где заказ?"));
    await expect(provider.draft({ context, classification: classifyMessage({ text: "Где заказ?" }) })).resolves.toBe(
      "Ответ модели",
    );
    expect(server.requests[0]).toMatchObject({ url: "/v1/chat/completions", body: { model: "yandexgpt-lite" } });
  });

  it("rejects a config that is not a URL or has a non-positive timeout", () => {
    expect(() => pickProvider({ config: { apiKey: "k", baseUrl: "deepseek" } })).toThrow();
    expect(() => pickProvider({ config: { apiKey: "k", timeoutMs: 0 } })).toThrow();
  });
});
