import { ApiError, apiResponse } from "@/components/api/client";
import type { Jsonified } from "@/components/api/types";
import type { DraftEvent } from "@/lib/inbox/generate-draft";

export type DraftStreamEvent = Jsonified<DraftEvent> | { type: "error"; message: string; requestId?: string };

/**
 * POSTs for a new draft and calls onEvent for each server-sent event as it arrives (EventSource
 * cannot POST). Throws ApiError when the request is refused before streaming.
 */
export async function streamChatDraft({
  chatId,
  signal,
  onEvent,
}: {
  chatId: string;
  signal: AbortSignal;
  onEvent: (event: DraftStreamEvent) => void;
}) {
  const res = await apiResponse(`/api/chats/${chatId}/drafts`, { method: "POST", signal });
  if (!res.body) throw new ApiError(res.status, "http");
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let cut: number;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const frame = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const data = frame
        .split("\n")
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).trimStart())
        .join("\n");
      if (data) onEvent(JSON.parse(data) as DraftStreamEvent);
    }
  }
}
