import { z } from "zod";
import { LlmError, toLlmError } from "@/lib/ai/llm-error";
import type { ChatMessage } from "@/lib/ai/prompt";

export type CompletionRequest = { messages: ChatMessage[]; signal?: AbortSignal };

export interface ChatCompletionClient {
  readonly model: string;
  complete(request: CompletionRequest): Promise<string>;
  stream(request: CompletionRequest): AsyncIterable<string>;
}

const completionSchema = z.object({
  choices: z
    .array(z.object({ message: z.object({ content: z.string().nullable() }), finish_reason: z.string().nullish() }))
    .min(1),
});

const chunkSchema = z.object({
  choices: z.array(
    z.object({
      delta: z.object({ content: z.string().nullish() }).partial().optional(),
      finish_reason: z.string().nullish(),
    }),
  ),
});

type ClientOptions = {
  apiKey: string;
  baseUrl: string;
  model: string;
  timeoutMs: number;
  fetchImpl?: typeof fetch;
  temperature?: number;
  maxTokens?: number;
};

// A timer that aborts the request, restartable so a stream can use it as an idle timeout, and linked
// to the caller's signal so the draft panel can cancel.
function deadline(timeoutMs: number, outer?: AbortSignal) {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  const onOuterAbort = () => controller.abort();
  if (outer?.aborted) controller.abort();
  outer?.addEventListener("abort", onOuterAbort, { once: true });
  arm();
  return {
    signal: controller.signal,
    arm,
    dispose: () => {
      clearTimeout(timer);
      outer?.removeEventListener("abort", onOuterAbort);
    },
    // Converts whatever fetch or the reader threw into a reason the caller can act on.
    explain: (error: unknown): LlmError => {
      if (error instanceof LlmError) return error;
      if (timedOut) return new LlmError("timeout", `no response within ${timeoutMs} ms`, { cause: error });
      if (controller.signal.aborted) return new LlmError("aborted", "request aborted", { cause: error });
      return toLlmError(error);
    },
  };
}

export function createOpenAiCompatibleClient(options: ClientOptions): ChatCompletionClient {
  const { apiKey, model, timeoutMs, fetchImpl = fetch, temperature = 0.4, maxTokens = 900 } = options;
  const url = `${options.baseUrl.replace(/\/+$/, "")}/chat/completions`;

  const post = async (messages: ChatMessage[], stream: boolean, signal: AbortSignal): Promise<Response> => {
    const response = await fetchImpl(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: stream ? "text/event-stream" : "application/json",
        authorization: `Bearer ${apiKey}`,
      },
      body: JSON.stringify({ model, messages, temperature, max_tokens: maxTokens, stream }),
      signal,
    });
    if (!response.ok) {
      // The body may explain the failure in logs; it is cut short and never reaches the buyer.
      const detail = (await response.text().catch(() => "")).slice(0, 200);
      throw new LlmError("http_error", `HTTP ${response.status} from LLM: ${detail}`, { status: response.status });
    }
    return response;
  };

  return {
    model,

    async complete({ messages, signal }) {
      const timer = deadline(timeoutMs, signal);
      try {
        const response = await post(messages, false, timer.signal);
        let json: unknown;
        try {
          json = await response.json();
        } catch (error) {
          throw timer.signal.aborted ? error : new LlmError("malformed", "LLM response is not JSON", { cause: error });
        }
        const parsed = completionSchema.safeParse(json);
        if (!parsed.success) throw new LlmError("malformed", `unexpected LLM response shape: ${parsed.error.issues[0]?.message ?? ""}`);
        const text = parsed.data.choices[0]?.message.content?.trim() ?? "";
        if (!text) throw new LlmError("empty", "LLM returned an empty message");
        return text;
      } catch (error) {
        throw timer.explain(error);
      } finally {
        timer.dispose();
      }
    },

    // Server-sent events as the OpenAI API streams them: "data: {json}" lines, "data: [DONE]" at the
    // end. The timeout is an idle timeout here: it restarts with every chunk.
    async *stream({ messages, signal }) {
      const timer = deadline(timeoutMs, signal);
      let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
      let finished = false; // [DONE] seen
      try {
        const response = await post(messages, true, timer.signal);
        if (!response.body) throw new LlmError("malformed", "LLM stream has no body");
        reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        let data: string[] = [];
        let sawFinish = false;

        const dispatch = function* (): Generator<string> {
          if (data.length === 0) return;
          const payload = data.join("\n");
          data = [];
          if (payload === "[DONE]") {
            finished = true;
            return;
          }
          let json: unknown;
          try {
            json = JSON.parse(payload);
          } catch (error) {
            throw new LlmError("malformed", "LLM stream chunk is not JSON", { cause: error });
          }
          const chunk = chunkSchema.safeParse(json);
          if (!chunk.success) throw new LlmError("malformed", "unexpected LLM stream chunk shape");
          for (const choice of chunk.data.choices) {
            if (choice.finish_reason) sawFinish = true;
            const delta = choice.delta?.content;
            if (delta) yield delta;
          }
        };

        while (!finished) {
          const { value, done } = await reader.read();
          if (done) break;
          timer.arm();
          buffer += decoder.decode(value, { stream: true });
          let newline = buffer.search(/\r?\n/);
          while (newline >= 0) {
            const line = buffer.slice(0, newline);
            buffer = buffer.slice(buffer[newline] === "\r" ? newline + 2 : newline + 1);
            if (line === "") yield* dispatch();
            else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
            // Other fields (event:, id:, retry:) and ": keep-alive" comments carry nothing we need.
            if (finished) break;
            newline = buffer.search(/\r?\n/);
          }
        }
        if (!finished) {
          if (buffer.startsWith("data:")) data.push(buffer.slice(5).trimStart());
          yield* dispatch();
        }
        if (!finished && !sawFinish) throw new LlmError("network", "LLM stream ended before completion");
      } catch (error) {
        throw timer.explain(error);
      } finally {
        timer.dispose();
        // Stops the download when the consumer stopped early, the stream failed or [DONE] came first.
        if (reader) await reader.cancel().catch(() => undefined);
      }
    },
  };
}
