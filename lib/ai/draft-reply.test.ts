import { afterEach, describe, expect, it } from "vitest";
import { draftReply } from "@/lib/ai/draft-reply";
import type { LlmError } from "@/lib/ai/llm-error";
import { OFFLINE_MODEL } from "@/lib/ai/offline-drafter";
import { buyerContext } from "@/lib/ai/testing/contexts";
import {
  completion,
  sseChunks,
  startFakeLlmServer,
  type FakeLlmServer,
  type FakeReply,
} from "@/lib/ai/testing/fake-llm-server";

let server: FakeLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function configFor(reply: FakeReply, timeoutMs = 2000) {
  server = await startFakeLlmServer(() => reply);
  return { apiKey: "test-key", baseUrl: server.baseUrl, model: "fake-model", timeoutMs };
}

const context = buyerContext("Где мой заказ? Жду уже неделю", { order: { number: "1234567890" } });

describe("draftReply", () => {
  it("drafts offline without any request when no key is configured", async () => {
    server = await startFakeLlmServer(() => ({ kind: "json", body: completion("не должно вызываться") }));
    const result = await draftReply({ context, config: { baseUrl: server.baseUrl } });
    expect(server.requests).toHaveLength(0);
    expect(result).toMatchObject({ source: "offline", model: OFFLINE_MODEL });
    expect(result.fallbackReason).toBeUndefined();
    expect(result.text).toContain("1234567890");
    expect(result.classification.intent).toBe("delivery");
  });

  it("returns the LLM text with model, latency and guardrail findings", async () => {
    const llmText = "Здравствуйте! Проверили заказ 1234567890: он в пути, статус видно в разделе «Доставки».";
    const config = await configFor({ kind: "json", body: completion(`«${llmText}»`) });
    const result = await draftReply({ context, config });
    expect(result).toMatchObject({ source: "llm", model: "fake-model", text: llmText, findings: [] });
    expect(result.fallbackReason).toBeUndefined();
    expect(result.latencyMs).toBeGreaterThan(0);
    // The prompt carried the conversation and the order.
    const sent = JSON.stringify(server!.requests[0]!.body);
    expect(sent).toContain("Жду уже неделю");
    expect(sent).toContain("1234567890");
  });

  it.each<[string, FakeReply, string]>([
    ["a 500", { kind: "json", status: 500, body: { error: "internal" } }, "http_error"],
    ["malformed output", { kind: "text", status: 200, body: "not json at all" }, "malformed"],
    ["a response without choices", { kind: "json", body: { choices: [] } }, "malformed"],
    ["an empty answer", { kind: "json", body: completion("") }, "empty"],
    ["a timeout", { kind: "hang" }, "timeout"],
  ])("falls back to the offline draft on %s", async (_name, reply, reason) => {
    // A short timeout only where the server hangs, so a slow machine cannot turn a 500 into a timeout.
    const config = await configFor(reply, reply.kind === "hang" ? 200 : 5000);
    const errors: LlmError[] = [];
    const result = await draftReply({ context, config, onLlmError: (e) => errors.push(e) });
    expect(result.source).toBe("offline");
    expect(result.model).toBe(OFFLINE_MODEL);
    expect(result.fallbackReason).toBe(reason);
    expect(result.text.length).toBeGreaterThan(50);
    expect(errors.map((e) => e.reason)).toEqual([reason]);
  });

  it("withdraws an LLM draft that breaks the guardrails", async () => {
    const config = await configFor({
      kind: "json",
      body: completion("Напишите нам в телеграм @shop_help, там быстрее!"),
    });
    const result = await draftReply({ context, config });
    expect(result.source).toBe("offline");
    expect(result.fallbackReason).toBe("guardrails");
    expect(result.text).not.toContain("@shop_help");
  });

  it("does not count a streaming-only server as success: SSE to a non-streaming call is malformed", async () => {
    const config = await configFor({ kind: "sse", events: sseChunks(["Здравствуйте"]) });
    const result = await draftReply({ context, config });
    expect(result.fallbackReason).toBe("malformed");
  });
});
