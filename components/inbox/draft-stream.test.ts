import { afterEach, describe, expect, it, vi } from "vitest";
import { streamChatDraft, type DraftStreamEvent } from "@/components/inbox/draft-stream";

afterEach(() => vi.unstubAllGlobals());

function streamOf(pieces: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const p of pieces) controller.enqueue(p);
      controller.close();
    },
  });
}

describe("streamChatDraft", () => {
  it("delivers each event whole, however the network splits frames and UTF-8 characters", async () => {
    const body = new TextEncoder().encode(
      [
        { type: "start", source: "llm", model: "m", negativeReview: false },
        { type: "delta", text: "Здравствуйте! " },
        { type: "delta", text: "Ждём вас." },
      ]
        .map((e) => `data: ${JSON.stringify(e)}\n\n`)
        .join(""),
    );
    // Cut every 7 bytes: splits "data:" prefixes, frame ends and two-byte Cyrillic letters.
    const pieces = Array.from({ length: Math.ceil(body.length / 7) }, (_, i) => body.slice(i * 7, i * 7 + 7));
    const fetchMock = vi.fn(
      async () => new Response(streamOf(pieces), { headers: { "content-type": "text/event-stream" } }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const events: DraftStreamEvent[] = [];
    await streamChatDraft({ chatId: "c1", signal: new AbortController().signal, onEvent: (e) => events.push(e) });
    expect(fetchMock).toHaveBeenCalledWith("/api/chats/c1/drafts", expect.objectContaining({ method: "POST" }));
    expect(events).toEqual([
      { type: "start", source: "llm", model: "m", negativeReview: false },
      { type: "delta", text: "Здравствуйте! " },
      { type: "delta", text: "Ждём вас." },
    ]);
  });

  it("throws the API's refusal (status and code) when the request is refused before streaming", async () => {
    vi.stubGlobal("fetch", async () =>
      Response.json({ error: { code: "not_found", message: "Chat not found" } }, { status: 404 }),
    );
    await expect(
      streamChatDraft({ chatId: "x", signal: new AbortController().signal, onEvent: () => {} }),
    ).rejects.toMatchObject({ status: 404, code: "not_found" });
  });
});
