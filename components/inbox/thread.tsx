"use client";

import { apiErrorText } from "@/components/api/error-text";
import { api } from "@/components/api/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { ChatActions } from "@/components/inbox/chat-actions";
import { chatContext } from "@/components/inbox/chat-row";
import { Composer } from "@/components/inbox/composer";
import { DisputeBadge } from "@/components/inbox/dispute-badge";
import { DraftPanel } from "@/components/inbox/draft-panel";
import { ThreadScheduled } from "@/components/follow-ups/thread-scheduled";
import { inboxQueries, queryKeys } from "@/components/inbox/inbox-queries";
import { COMPOSER_INPUT_ID } from "@/components/inbox/inbox-constants";
import { useSafetyNetInterval } from "@/components/inbox/live-stream";
import { ThreadPresence } from "@/components/inbox/presence-indicator";
import { usePresenceBeacon } from "@/components/inbox/use-presence-beacon";
import { MarketplaceBadge } from "@/components/inbox/marketplace-badge";
import { NoteForm } from "@/components/inbox/note-form";
import { SlaBadge } from "@/components/inbox/sla-badge";
import { ThreadTimeline } from "@/components/inbox/thread-timeline";
import type { ChatDetail, Me, MessagePage, ThreadMessage } from "@/components/inbox/types";
import { useMarkRead, useUpdateChat } from "@/components/inbox/use-chat-actions";
import { useInboxParams } from "@/components/inbox/use-inbox-params";
import { useNow } from "@/components/inbox/use-now";
import { languageName } from "@/lib/i18n/language-name";
import { useShortcuts } from "@/components/inbox/use-shortcuts";
import { useI18n } from "@/components/providers";
import { BuyerPanel, CasePanel } from "@/components/inbox/inbox-parts";

export function Thread({ chatId, me }: { chatId: string; me: Me }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  // Kept fresh by the live stream; polled only while it is down.
  const safetyNet = useSafetyNetInterval();
  usePresenceBeacon(chatId);
  const chat = useQuery({ ...inboxQueries.chat(chatId), refetchInterval: safetyNet });
  // The same query as the composer's optimistic updates (components/inbox/composer-send.ts).
  const messages = useQuery({ ...inboxQueries.messages(chatId), refetchInterval: safetyNet });
  const notes = useQuery({ ...inboxQueries.notes(chatId), refetchInterval: safetyNet });
  // The case panel's own query (same key): only whether the chat is a negative review's.
  const negativeCase = useQuery({ ...inboxQueries.negativeCase(chatId), refetchInterval: safetyNet });
  const [older, setOlder] = useState<ThreadMessage[]>([]);
  const [olderDone, setOlderDone] = useState(false);
  const loadOlder = useMutation({
    mutationFn: (before: string) =>
      api<MessagePage>(`/api/chats/${chatId}/messages?before=${encodeURIComponent(before)}`),
    onSuccess: (page) => {
      setOlder((list) => [...page.messages, ...list]);
      setOlderDone(!page.hasMore);
    },
  });
  const deleteNote = useMutation({
    mutationFn: (noteId: string) => api(`/api/chats/${chatId}/notes/${noteId}`, { method: "DELETE" }),
    onSuccess: (_r, noteId) => {
      qc.setQueryData(inboxQueries.notes(chatId).queryKey, (list) =>
        list ? { notes: list.notes.filter((n) => n.id !== noteId) } : list,
      );
      // This tab skips the stream's echo of its own delete (live-stream.ts): the buyer panel lists notes too.
      void qc.invalidateQueries({ queryKey: queryKeys.buyer(chatId) });
    },
  });
  const [noteOpen, setNoteOpen] = useState(false);
  // Beside the thread where the screen has room for it, otherwise opened on demand as a sheet.
  const [buyerOpen, setBuyerOpen] = useState(false);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only value read after hydration, so the server render and the first client render agree
    if (window.matchMedia("(min-width: 1536px)").matches) setBuyerOpen(true);
  }, []);
  const [insert, setInsert] = useState<{ text: string; nonce: number } | null>(null);
  const update = useUpdateChat(chatId);
  useMarkRead(chat.data);

  const recent = messages.data?.messages ?? [];
  const all = [...older.filter((m) => !recent.some((r) => r.id === m.id)), ...recent];
  const hasOlder = older.length ? !olderDone : Boolean(messages.data?.hasMore);

  // Open at the newest message; later, follow new ones only when the operator is already at the bottom.
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const lastId = recent.at(-1)?.id;
  const noteCount = notes.data?.notes.length ?? 0;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && atBottom.current) el.scrollTop = el.scrollHeight;
  }, [lastId, noteCount]);
  // The draft panel and the composer below grow and shrink: stay at the bottom meanwhile.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useShortcuts({
    e: (event) => {
      if (!chat.data) return;
      event.preventDefault();
      update.mutate({ status: chat.data.status === "RESOLVED" ? "OPEN" : "RESOLVED" });
    },
    r: (event) => {
      const input = document.getElementById(COMPOSER_INPUT_ID);
      if (!input) return;
      event.preventDefault();
      input.focus();
    },
  });

  if (chat.isError) {
    return (
      <p role="alert" className="m-auto p-4 text-sm text-red-700">
        {t.inbox.error}: {apiErrorText(chat.error, { t, locale })}
      </p>
    );
  }
  return (
    <div className="flex min-h-0 flex-1">
      <div className="flex min-h-0 min-w-0 flex-1 flex-col">
        <ThreadHeader
          chat={chat.data}
          me={me}
          onNote={() => setNoteOpen(true)}
          hasCase={Boolean(negativeCase.data?.case)}
          onBuyer={() => setBuyerOpen((o) => !o)}
          buyerOpen={buyerOpen}
        />
        <CasePanel chatId={chatId} onInsert={(text) => setInsert({ text, nonce: Date.now() })} />
        <div
          ref={scroller}
          onScroll={(e) => {
            const el = e.currentTarget;
            atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
          }}
          className="min-h-0 flex-1 overflow-y-auto px-3 py-4 md:px-6"
        >
          {hasOlder && all[0] ? (
            <div className="mb-3 text-center">
              <button
                type="button"
                className="rounded-md px-3 py-1 text-sm text-brand-700 hover:bg-white disabled:opacity-60"
                disabled={loadOlder.isPending}
                onClick={() => loadOlder.mutate(all[0]!.id)}
              >
                {loadOlder.isPending ? t.inbox.loading : t.inbox.olderMessages}
              </button>
            </div>
          ) : null}
          {messages.isPending ? <p className="text-sm text-slate-600">{t.inbox.loading}</p> : null}
          <ThreadTimeline
            messages={all}
            notes={notes.data?.notes ?? []}
            canDeleteNote={(n) => n.author?.id === me.id || me.role === "OWNER"}
            onDeleteNote={(id) => deleteNote.mutate(id)}
          />
        </div>
        {noteOpen ? <NoteForm chatId={chatId} onDone={() => setNoteOpen(false)} /> : null}
        {chat.data ? (
          <div className="border-t border-slate-200 bg-white">
            <ThreadScheduled chatId={chatId} isChat={chat.data.kind === "CHAT"} />
            <DraftPanel chatId={chatId} onInsert={(text) => setInsert({ text, nonce: Date.now() })} />
            <Composer chat={chat.data} insert={insert} />
          </div>
        ) : null}
      </div>
      <BuyerPanel chatId={chatId} open={buyerOpen} onClose={() => setBuyerOpen(false)} />
    </div>
  );
}

function ThreadHeader({
  chat,
  me,
  onNote,
  hasCase,
  onBuyer,
  buyerOpen,
}: {
  chat: ChatDetail | undefined;
  me: Me;
  onNote: () => void;
  hasCase: boolean;
  onBuyer: () => void;
  buyerOpen: boolean;
}) {
  const { t, locale, fmt } = useI18n();
  const { update } = useInboxParams();
  const now = useNow();
  return (
    <header className="border-b border-slate-200 bg-white px-3 py-2 md:px-4">
      <div className="flex items-center gap-3">
        <button
          type="button"
          className="rounded px-1 py-1 text-sm text-brand-700 md:hidden"
          onClick={() => update({ chat: undefined })}
        >
          ← {t.inbox.back}
        </button>
        {chat ? (
          <>
            <MarketplaceBadge marketplace={chat.marketplace} />
            <div className="min-w-0 flex-1">
              <h2 className="flex min-w-0 items-center gap-2 font-semibold" data-testid="thread-title">
                <span className="truncate" data-user-content>
                  {chat.customerName ?? "—"}
                </span>
                {chat.kind !== "CHAT" ? (
                  <span className="shrink-0 rounded bg-slate-100 px-1.5 text-xs font-medium text-slate-700">
                    {t.inbox.kind[chat.kind]}
                  </span>
                ) : null}
                {chat.rating ? (
                  <span
                    className="shrink-0 text-xs font-medium text-amber-700"
                    role="img"
                    aria-label={fmt(t.inbox.rating, { n: chat.rating })}
                  >
                    {"★".repeat(chat.rating)}
                    <span className="text-slate-300">{"★".repeat(5 - chat.rating)}</span>
                  </span>
                ) : null}
              </h2>
              <p
                className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs text-slate-600"
                data-testid="thread-context"
              >
                <span className="min-w-0 truncate" data-user-content>
                  {chatContext(chat, t.inbox)}
                </span>
                {chat.returnId ? <span>{`${t.inbox.returnLabel} ${chat.returnId}`}</span> : null}
                {chat.buyerLocale ? (
                  <span data-testid="buyer-language" title={chat.buyerLocale}>
                    {fmt(t.inbox.buyerLanguage, { language: languageName({ tag: chat.buyerLocale, locale }) })}
                  </span>
                ) : null}
                {/* A state we have no words for is not shown: never the marketplace's code. */}
                {chat.marketplaceStatus && t.inbox.marketplaceStatuses[chat.marketplaceStatus] ? (
                  <span
                    className="rounded bg-slate-100 px-1.5 py-px text-slate-700"
                    title={t.inbox.marketplaceStatus}
                    data-testid="marketplace-status"
                  >
                    {t.inbox.marketplaceStatuses[chat.marketplaceStatus]}
                  </span>
                ) : null}
                <DisputeBadge dispute={chat.dispute} />
                {chat.status === "RESOLVED" ? (
                  <span className="rounded bg-green-100 px-1.5 py-px font-medium text-green-800">
                    {t.inbox.resolved}
                  </span>
                ) : null}
                {chat.status === "CLOSED" ? (
                  <span className="rounded bg-slate-200 px-1.5 py-px font-medium text-slate-800">{t.inbox.closed}</span>
                ) : null}
                {/* A negative review's deadlines are in its case panel, each named: no third timer here. */}
                {chat.status === "OPEN" && !hasCase ? <SlaBadge dueAt={chat.dueAt} now={now} /> : null}
              </p>
            </div>
            <button
              type="button"
              aria-expanded={buyerOpen}
              className="shrink-0 rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-800 hover:bg-slate-50"
              onClick={onBuyer}
              data-testid="buyer-toggle"
            >
              {t.ops.buyer.show}
            </button>
          </>
        ) : (
          <span className="text-sm text-slate-600">{t.inbox.loading}</span>
        )}
      </div>
      {chat ? <ThreadPresence chatId={chat.id} /> : null}
      {chat ? (
        <div className="mt-2">
          <ChatActions chat={chat} me={me} onNote={onNote} />
        </div>
      ) : null}
    </header>
  );
}
