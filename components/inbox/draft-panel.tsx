"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { apiErrorText } from "@/components/api/error-text";
import { FindingList } from "@/components/inbox/composer-highlight";
import { DraftNoReply } from "@/components/inbox/draft-no-reply";
import { streamChatDraft } from "@/components/inbox/draft-stream";
import { inboxQueries } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { DisclosureIcon } from "@/components/ui/icons";
import type { FallbackReason } from "@/lib/ai/types";

// The AI draft for the open chat: the stored one, or a new one streamed token by token. "Insert"
// hands the text to the composer; nothing is ever sent from here.

type Live = {
  text: string;
  source: "llm" | "offline" | null;
  model: string;
  negativeReview: boolean;
  reset: FallbackReason | null;
};

export function DraftPanel({ chatId, onInsert }: { chatId: string; onInsert: (text: string) => void }) {
  return <ChatDraftPanel key={chatId} chatId={chatId} onInsert={onInsert} />;
}

function ChatDraftPanel({ chatId, onInsert }: { chatId: string; onInsert: (text: string) => void }) {
  const { t, locale, fmt } = useI18n();
  const qc = useQueryClient();
  const latest = useQuery(inboxQueries.draft(chatId));
  const chat = useQuery(inboxQueries.chat(chatId));
  const [live, setLive] = useState<Live | null>(null);
  // The failure itself, worded at render in the screen's language (a stream's own error event is worded generically).
  const [error, setError] = useState<unknown>(null);
  const [collapsed, toggleCollapsed] = useCollapsed();
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const autoStarted = useRef(false);
  const generate = useCallback(async () => {
    autoStarted.current = true;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setError(null);
    setLive({ text: "", source: null, model: "", negativeReview: false, reset: null });
    let negativeReview = false;
    try {
      await streamChatDraft({
        chatId,
        signal: controller.signal,
        onEvent: (e) => {
          if (e.type === "start") {
            negativeReview = e.negativeReview;
            setLive((l) => l && { ...l, source: e.source, model: e.model, negativeReview });
          } else if (e.type === "delta") setLive((l) => l && { ...l, text: l.text + e.text });
          // The half-written LLM text is withdrawn; the offline draft follows.
          else if (e.type === "reset") setLive((l) => l && { ...l, text: "", reset: e.reason });
          else if (e.type === "done")
            qc.setQueryData(inboxQueries.draft(chatId).queryKey, () => ({
              draft: e.draft,
              stale: false,
              negativeReview,
            }));
          else if (e.type === "error") setError(new Error("draft stream failed"));
        },
      });
    } catch (e) {
      if (!controller.signal.aborted) setError(e);
    } finally {
      if (running.current === controller) {
        running.current = null;
        setLive(null);
      }
    }
  }, [chatId, qc]);

  // A chat waiting for a reply with no draft yet gets one as soon as it is opened.
  useEffect(() => {
    if (autoStarted.current || !latest.isSuccess || latest.data.draft || !chat.data?.awaitingReplySince) return;
    void generate();
  }, [latest.isSuccess, latest.data, chat.data?.awaitingReplySince, generate]);

  const draft = latest.data?.draft ?? null;
  const text = live ? live.text : (draft?.text ?? "");
  const negative = live?.negativeReview || latest.data?.negativeReview;
  const p = t.draftPanel;
  let meta: string | null = null;
  if (live) meta = `${p.generating}${live.source === "llm" ? ` · ${live.model}` : ""}`;
  else if (draft?.fallbackReason)
    meta = fmt(p.fallback, { reason: p.reasons[draft.fallbackReason as FallbackReason] ?? draft.fallbackReason });
  else if (draft?.source === "llm") meta = fmt(p.model, { model: draft.model, seconds: draft.latencyMs / 1000 });
  else if (draft) meta = p.offline;

  return (
    <section
      aria-label={p.title}
      data-testid="draft-panel"
      className="border-t border-slate-200 bg-brand-50/50 px-4 py-2"
    >
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <button
          type="button"
          aria-expanded={!collapsed}
          aria-controls={`draft-body-${chatId}`}
          onClick={() => toggleCollapsed(!collapsed)}
          className="flex items-center gap-1 text-sm font-semibold text-slate-800"
        >
          <DisclosureIcon className={`transition-transform ${collapsed ? "-rotate-90" : ""}`} />
          {p.title}
        </button>
        {meta ? (
          <span
            data-testid="draft-meta"
            className={`text-xs ${draft?.fallbackReason && !live ? "text-amber-800" : "text-slate-500"}`}
          >
            {meta}
          </span>
        ) : null}
        <div className="ml-auto flex items-center gap-2">
          <Button
            type="button"
            className="px-2.5 py-1 text-xs"
            title={p.review}
            disabled={live !== null || !text}
            onClick={() => onInsert(text)}
          >
            {p.insert}
          </Button>
          <Button
            type="button"
            variant="secondary"
            className="px-2.5 py-1 text-xs"
            disabled={live !== null}
            onClick={() => void generate()}
          >
            {draft ? p.regenerate : p.generate}
          </Button>
        </div>
      </header>
      {latest.isError || error !== null ? (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {p.error}: {apiErrorText(error ?? latest.error, { t, locale })}
        </p>
      ) : null}
      <div id={`draft-body-${chatId}`} hidden={collapsed}>
        {negative ? <p className="mt-1 text-xs font-medium text-rose-700">{p.negativeReview}</p> : null}
        {!live && draft?.noReply && !latest.data?.stale && chat.data?.status !== "RESOLVED" ? (
          <DraftNoReply chatId={chatId} />
        ) : null}
        <div
          data-testid="draft-text"
          aria-busy={live !== null}
          className="mt-1.5 max-h-28 overflow-y-auto rounded-md border border-brand-100 bg-white px-3 py-1.5 text-sm whitespace-pre-wrap text-slate-800"
        >
          {/* In the buyer's language, whatever the interface's. */}
          {text ? (
            <span data-user-content>{text}</span>
          ) : (
            <span className="text-slate-400">{live ? p.generating : latest.isPending ? t.inbox.loading : p.empty}</span>
          )}
          {live && text ? (
            <span className="ml-0.5 inline-block h-4 w-1.5 animate-pulse bg-brand-500 align-middle" />
          ) : null}
        </div>
        {!live && latest.data?.stale ? <p className="mt-1 text-xs text-amber-800">{p.stale}</p> : null}
        {!live && draft && draft.findings.length > 0 ? (
          <FindingList testId="draft-findings" findings={draft.findings} className="mt-1" />
        ) : null}
      </div>
    </section>
  );
}

const COLLAPSED_KEY = "agentiq.draftPanel.collapsed";

// Collapsed or not is the operator's preference across chats and reloads (the thread needs the room
// on small screens).
function useCollapsed(): [boolean, (value: boolean) => void] {
  const [collapsed, setCollapsed] = useState(false);
  useEffect(() => {
    try {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only value read after hydration, so the server render and the first client render agree
      setCollapsed(window.localStorage.getItem(COLLAPSED_KEY) === "1");
    } catch {
      // storage unavailable: expanded
    }
  }, []);
  const toggle = (value: boolean) => {
    setCollapsed(value);
    try {
      window.localStorage.setItem(COLLAPSED_KEY, value ? "1" : "0");
    } catch {
      // not remembered, still toggled
    }
  };
  return [collapsed, toggle];
}
