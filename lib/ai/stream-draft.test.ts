import { afterEach, describe, expect, it } from "vitest";
import { streamDraft, type DraftStreamEvent } from "@/lib/ai/stream-draft";
import { buyerContext } from "@/lib/ai/testing/contexts";
import { sseChunks, startFakeLlmServer, type FakeLlmServer, type FakeReply } from "@/lib/ai/testing/fake-llm-server";

let server: FakeLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function configFor(reply: FakeReply, timeoutMs = 2000) {
  server = await startFakeLlmServer(() => reply);
  return { apiKey: "test-key", baseUrl: server.baseUrl, model: "fake-model", timeoutMs };
}

async function collect(events: AsyncIterable<DraftStreamEvent>): Promise<DraftStreamEvent[]> {
  const out: DraftStreamEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

// What a panel that appends deltas and clears on reset ends up showing.
function shown(events: DraftStreamEvent[]): string {
  return events.reduce((text, e) => (e.type === "reset" ? "" : text + e.text), "");
}

const context = buyerContext("Какой размер взять на рост 170?", { marketplace: "ozon" });

describe("streamDraft", () => {
  it("streams the LLM deltas and resolves with the joined text", async () => {
    const pieces = ["Здравствуйте! ", "При росте 170 ", "обычно подходит размер M."];
    const config = await configFor({ kind: "sse", events: sseChunks(pieces), delayMs: 10 });
    const stream = streamDraft({ context, config });
    const events = await collect(stream.events);
    const result = await stream.result;
    expect(events).toEqual(pieces.map((text) => ({ type: "delta", text })));
    expect(result).toMatchObject({ source: "llm", model: "fake-model", text: pieces.join("").trim() });
    expect(shown(events)).toBe(pieces.join(""));
  });

  it("resets and streams the offline draft when the stream breaks midway", async () => {
    const config = await configFor({ kind: "sse", events: [sseChunks(["Здравствуйте"])[0]!, "oops{"] });
    const stream = streamDraft({ context, config });
    const events = await collect(stream.events);
    const result = await stream.result;
    expect(events[0]).toEqual({ type: "delta", text: "Здравствуйте" });
    expect(events).toContainEqual({ type: "reset", reason: "malformed" });
    expect(result).toMatchObject({ source: "offline", fallbackReason: "malformed" });
    expect(shown(events)).toBe(result.text);
  });

  it("withdraws a streamed draft that breaks the guardrails", async () => {
    const config = await configFor({ kind: "sse", events: sseChunks(["Звоните: ", "+7 999 123-45-67"]) });
    const stream = streamDraft({ context, config });
    const events = await collect(stream.events);
    expect(events.at(-2)).toEqual({ type: "reset", reason: "guardrails" });
    expect(shown(events)).not.toContain("123-45-67");
    expect((await stream.result).fallbackReason).toBe("guardrails");
  });

  it("falls back without a reset when nothing was shown before a timeout", async () => {
    const config = await configFor({ kind: "hang" }, 150);
    const stream = streamDraft({ context, config });
    const events = await collect(stream.events);
    expect(events.map((e) => e.type)).toEqual(["delta"]);
    expect((await stream.result).fallbackReason).toBe("timeout");
  });

  it("settles the result even when nobody reads the events", async () => {
    const stream = streamDraft({ context, config: {} });
    const result = await stream.result;
    expect(result.source).toBe("offline");
    expect(result.fallbackReason).toBeUndefined();
    expect(shown(await collect(stream.events))).toBe(result.text);
  });
});
