import { classifyMessage } from "@/lib/ai/classify-message";
import { afterEach, describe, expect, it } from "vitest";
import { classifyWithLlm } from "@/lib/ai/classify-with-llm";
import { completion, startFakeLlmServer, type FakeLlmServer, type FakeReply } from "@/lib/ai/testing/fake-llm-server";

let server: FakeLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// A short timeout only where the server hangs; elsewhere a slow CI machine must not turn into a timeout.
async function configFor(reply: FakeReply) {
  server = await startFakeLlmServer(() => reply);
  return { apiKey: "k", baseUrl: server.baseUrl, model: "fake-model", timeoutMs: reply.kind === "hang" ? 200 : 5000 };
}

// Offline this is "other"; the fake model says it is a defect.
const text = "У изделия странный запах, это нормально?";

describe("classifyWithLlm", () => {
  it("keeps the offline labels without a key", async () => {
    await expect(classifyWithLlm({ text, config: {} })).resolves.toMatchObject({ source: "offline" });
  });

  it("takes valid labels from the model and recomputes the priority", async () => {
    const config = await configFor({
      kind: "json",
      body: completion('Вот: {"intent": "defect", "sentiment": "negative"}'),
    });
    await expect(classifyWithLlm({ text, config })).resolves.toEqual({
      intent: "defect",
      sentiment: "negative",
      priority: "urgent",
      slaMinutes: 60,
      source: "llm",
    });
    expect(JSON.stringify(server!.requests[0]!.body)).toContain("странный запах");
  });

  it.each<[string, FakeReply]>([
    ["an unknown label", { kind: "json", body: completion('{"intent": "complaint", "sentiment": "negative"}') }],
    ["prose instead of JSON", { kind: "json", body: completion("Это жалоба на запах.") }],
    ["broken JSON", { kind: "json", body: completion('{"intent": "defect",') }],
    ["a 500", { kind: "json", status: 500, body: {} }],
    ["a timeout", { kind: "hang" }],
  ])("falls back to the offline labels on %s", async (_name, reply) => {
    const config = await configFor(reply);
    const result = await classifyWithLlm({ text, config });
    expect(result.source).toBe("offline");
    expect(result.intent).toBe(classifyMessage({ text }).intent);
  });
});
