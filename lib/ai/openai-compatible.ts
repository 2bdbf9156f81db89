import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import {
  AISDKError,
  APICallError,
  generateText,
  InvalidResponseDataError,
  JSONParseError,
  streamText,
  TypeValidationError,
  type ModelMessage,
} from "ai";
import { LlmError, toLlmError } from "@/lib/ai/llm-error";
import type { ChatMessage } from "@/lib/ai/prompt";

export type CompletionRequest = { messages: ChatMessage[]; signal?: AbortSignal };

export interface ChatCompletionClient {
  readonly model: string;
  complete(request: CompletionRequest): Promise<string>;
  stream(request: CompletionRequest): AsyncIterable<string>;
}

type ClientOptions = {
  apiKey: string;
  baseUrl: string;
  model: string;
  timeoutMs: number;
  fetchImpl?: typeof fetch;
  temperature?: number;
  maxTokens?: number;
};

// Reduces what the AI SDK throws to our reasons. An HTTP error status is http_error; a 2xx answer the
// SDK could not read (not JSON, no choices) is malformed; a call that never got a status is network.
function fromSdkError(error: unknown): LlmError {
  if (error instanceof LlmError) return error;
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    if (status === undefined) return new LlmError("network", error.message, { cause: error });
    if (status >= 400) {
      // The body may explain the failure in logs; it is cut short and never reaches the buyer.
      const detail = (error.responseBody ?? "").slice(0, 200);
      return new LlmError("http_error", `HTTP ${status} from LLM: ${detail}`, { status, cause: error });
    }
    return new LlmError("malformed", `unreadable LLM response: ${error.message}`, { cause: error });
  }
  if (InvalidResponseDataError.isInstance(error) && /finish reason/i.test(error.message)) {
    return new LlmError("network", "LLM stream ended before completion", { cause: error });
  }
  if (
    InvalidResponseDataError.isInstance(error) ||
    JSONParseError.isInstance(error) ||
    TypeValidationError.isInstance(error)
  ) {
    return new LlmError("malformed", "unexpected LLM response shape", { cause: error });
  }
  if (error instanceof Error) return toLlmError(error);
  // An error object the provider sent inside the stream.
  return new LlmError("malformed", "LLM stream reported an error", { cause: error });
}

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
    // Whatever the SDK threw, or the abort itself, as a reason the caller can act on.
    explain: (error: unknown): LlmError => {
      if (error instanceof LlmError) return error;
      if (timedOut) return new LlmError("timeout", `no response within ${timeoutMs} ms`, { cause: error });
      if (controller.signal.aborted) return new LlmError("aborted", "request aborted", { cause: error });
      return fromSdkError(error);
    },
  };
}

/**
 * An OpenAI-compatible chat model through the AI SDK (`@ai-sdk/openai-compatible`): the SDK builds the
 * request, reads the JSON or the server-sent events; we keep the timeouts and our error reasons. No
 * retries: a failed draft falls back to the offline one at once. The base URL comes from the operator's
 * environment (AI_BASE_URL), never from a workspace, so the SDK uses the plain `fetch` rather than the
 * guarded one, which would refuse a self-hosted model on the private network (tests pass their own).
 */
export function createOpenAiCompatibleClient(options: ClientOptions): ChatCompletionClient {
  const { apiKey, model, timeoutMs, fetchImpl = fetch, temperature = 0.4, maxTokens = 900 } = options;
  const baseURL = options.baseUrl.replace(/\/+$/, "");
  const toModelMessages = (messages: ChatMessage[]): ModelMessage[] =>
    messages.map((m) => ({ role: m.role, content: m.content }));
  // One model per call, so a failure can be told apart: after a 2xx answer, whatever breaks in the
  // SDK (a body without choices, say) is a malformed answer, not a network failure.
  const callSettings = (timer: ReturnType<typeof deadline>) => {
    const answered = { ok: false };
    const tracked: typeof fetch = async (input, init) => {
      const response = await fetchImpl(input, init);
      answered.ok = response.ok;
      return response;
    };
    const languageModel = createOpenAICompatible({ name: "llm", baseURL, apiKey, fetch: tracked }).chatModel(model);
    return {
      settings: {
        model: languageModel,
        temperature,
        maxOutputTokens: maxTokens,
        maxRetries: 0,
        abortSignal: timer.signal,
      },
      explain: (error: unknown): LlmError => {
        const reason = timer.explain(error);
        return reason.reason === "network" &&
          answered.ok &&
          !(error instanceof LlmError) &&
          !AISDKError.isInstance(error)
          ? new LlmError("malformed", `unreadable LLM response: ${reason.message}`, { cause: error })
          : reason;
      },
    };
  };

  return {
    model,

    async complete({ messages, signal }) {
      const timer = deadline(timeoutMs, signal);
      const call = callSettings(timer);
      try {
        const result = await generateText({ ...call.settings, messages: toModelMessages(messages) });
        const text = result.text.trim();
        if (!text) throw new LlmError("empty", "LLM returned an empty message");
        return text;
      } catch (error) {
        throw call.explain(error);
      } finally {
        timer.dispose();
      }
    },

    // The timeout is an idle timeout here: it restarts with every part of the stream.
    async *stream({ messages, signal }) {
      const timer = deadline(timeoutMs, signal);
      const call = callSettings(timer);
      try {
        const result = streamText({
          ...call.settings,
          messages: toModelMessages(messages),
          // Errors arrive as stream parts below and become LlmError; the SDK's own logging is off.
          onError: () => undefined,
        });
        for await (const part of result.fullStream) {
          timer.arm();
          if (part.type === "text-delta") {
            if (part.text) yield part.text;
          } else if (part.type === "error") {
            throw call.explain(part.error);
          } else if (part.type === "abort") {
            throw timer.explain(new Error("stream aborted"));
          } else if (part.type === "finish" && part.rawFinishReason === undefined) {
            // The server closed the stream without a finish reason: the answer may be cut short.
            throw new LlmError("network", "LLM stream ended before completion");
          }
        }
      } catch (error) {
        throw call.explain(error);
      } finally {
        timer.dispose();
      }
    },
  };
}
