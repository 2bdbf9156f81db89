import { afterEach, describe, expect, it } from "vitest";
import { LlmError } from "@/lib/ai/llm-error";
import { createOpenAiCompatibleClient } from "@/lib/ai/openai-compatible";
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

async function clientFor(reply: FakeReply | (() => FakeReply), timeoutMs = 2000) {
  server = await startFakeLlmServer(typeof reply === "function" ? reply : () => reply);
  return createOpenAiCompatibleClient({ apiKey: "test-key", baseUrl: server.baseUrl, model: "fake-model", timeoutMs });
}

const messages = [{ role: "user" as const, content: "Привет" }];

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

async function collect(iterable: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const piece of iterable) out.push(piece);
  return out;
}

describe("complete", () => {
  it("posts an OpenAI-style request with the bearer key and returns the message text", async () => {
    const client = await clientFor({ kind: "json", body: completion("  Здравствуйте!  ") });
    await expect(client.complete({ messages })).resolves.toBe("Здравствуйте!");
    const request = server!.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/v1/chat/completions");
    expect(request.headers.authorization).toBe("Bearer test-key");
    expect(request.body).toMatchObject({ model: "fake-model", messages });
    expect((request.body as { stream?: boolean }).stream).not.toBe(true);
  });

  it("maps a 500 to http_error with the status", async () => {
    const client = await clientFor({ kind: "json", status: 500, body: { error: { message: "boom" } } });
    const error = await failure(client.complete({ messages }));
    expect(error.reason).toBe("http_error");
    expect(error.status).toBe(500);
  });

  it("maps a non-JSON body and an unexpected shape to malformed", async () => {
    const client = await clientFor({ kind: "text", status: 200, body: "<html>gateway</html>" });
    expect((await failure(client.complete({ messages }))).reason).toBe("malformed");
    await server!.close();
    const other = await clientFor({ kind: "json", body: { result: "no choices here" } });
    expect((await failure(other.complete({ messages }))).reason).toBe("malformed");
  });

  it("maps blank content to empty", async () => {
    const client = await clientFor({ kind: "json", body: completion("   ") });
    expect((await failure(client.complete({ messages }))).reason).toBe("empty");
  });

  it("gives up after timeoutMs when the server does not answer", async () => {
    const client = await clientFor({ kind: "hang" }, 150);
    const started = Date.now();
    expect((await failure(client.complete({ messages }))).reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("reports a caller's abort as aborted, not as a timeout", async () => {
    const client = await clientFor({ kind: "hang" }, 5000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect((await failure(client.complete({ messages, signal: controller.signal }))).reason).toBe("aborted");
  });

  it("reports a refused connection as a network error", async () => {
    const client = await clientFor({ kind: "json", body: completion("x") });
    await server!.close();
    expect((await failure(client.complete({ messages }))).reason).toBe("network");
  });
});

describe("stream", () => {
  it("yields the text deltas of a server-sent event stream in order", async () => {
    const client = await clientFor({
      kind: "sse",
      events: sseChunks(["Здрав", "ствуйте", "! Заказ уже в пути."]),
      delayMs: 5,
    });
    await expect(collect(client.stream({ messages }))).resolves.toEqual(["Здрав", "ствуйте", "! Заказ уже в пути."]);
    expect(server!.requests[0]!.body).toMatchObject({ stream: true });
  });

  it("reassembles events split across network writes, CRLF line ends and split UTF-8 characters", async () => {
    const wire = Buffer.from(
      sseChunks(["Здравствуйте", ", ждём вас!"])
        .map((e) => `data: ${e}\r\n\r\n`)
        .join(""),
      "utf8",
    );
    // Cut points inside "data:", inside the JSON and inside a two-byte Cyrillic letter.
    const cuts = [3, 20, wire.indexOf(Buffer.from("д", "utf8")) + 1, wire.length - 4];
    const pieces: Uint8Array[] = [];
    let from = 0;
    for (const cut of cuts) {
      pieces.push(wire.subarray(from, cut));
      from = cut;
    }
    pieces.push(wire.subarray(from));
    const client = await clientFor({ kind: "bytes", pieces });
    expect((await collect(client.stream({ messages }))).join("")).toBe("Здравствуйте, ждём вас!");
  });

  it("fails as malformed on a chunk that is not JSON", async () => {
    const client = await clientFor({ kind: "sse", events: [sseChunks(["Добрый"])[0]!, "{not json"] });
    const pieces: string[] = [];
    const error = await failure(
      (async () => {
        for await (const piece of client.stream({ messages })) pieces.push(piece);
      })(),
    );
    expect(error.reason).toBe("malformed");
    expect(pieces).toEqual(["Добрый"]);
  });

  it("times out when the stream goes silent", async () => {
    const client = await clientFor({ kind: "sse", events: [sseChunks(["Начало"])[0]!], end: false }, 200);
    expect((await failure(collect(client.stream({ messages })))).reason).toBe("timeout");
  });

  it("treats a stream cut off before [DONE] or a finish reason as a network error", async () => {
    const client = await clientFor({ kind: "sse", events: [sseChunks(["Обрыв"])[0]!] });
    expect((await failure(collect(client.stream({ messages })))).reason).toBe("network");
  });

  it("maps a 500 before the stream starts to http_error", async () => {
    const client = await clientFor({ kind: "text", status: 503, body: "overloaded" });
    expect((await failure(collect(client.stream({ messages })))).reason).toBe("http_error");
  });
});
