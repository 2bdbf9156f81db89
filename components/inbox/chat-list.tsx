"use client";

import { apiErrorText } from "@/components/api/error-text";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { BulkSelection } from "@/components/inbox/bulk-bar";
import { BulkBar } from "@/components/inbox/inbox-parts";
import { ChatRow, ROW_HEIGHT } from "@/components/inbox/chat-row";
import { inboxQueries } from "@/components/inbox/inbox-queries";
import { SEARCH_INPUT_ID } from "@/components/inbox/inbox-constants";
import { ListFilters } from "@/components/inbox/list-filters";
import { useInboxParams } from "@/components/inbox/use-inbox-params";
import { useNow } from "@/components/inbox/use-now";
import { useShortcuts } from "@/components/inbox/use-shortcuts";
import { useI18n } from "@/components/providers";
import { useSafetyNetInterval } from "@/components/inbox/live-stream";

export function ChatList() {
  const { t, locale } = useI18n();
  const { params, update } = useInboxParams();
  const now = useNow();
  const safetyNet = useSafetyNetInterval();
  const filter = {
    marketplace: params.marketplace,
    view: params.view,
    sort: params.sort,
    q: params.q,
    label: params.label,
    kind: params.kind,
    from: params.from,
    to: params.to,
    operator: params.operator,
  };
  const query = useInfiniteQuery({
    ...inboxQueries.chatList(filter),
    // Changes arrive on the live stream; polling only while it is down.
    refetchInterval: safetyNet,
  });
  // A chat can move between pages while they refetch one after another: keep its first appearance.
  const chats = useMemo(() => {
    const seen = new Set<string>();
    return (query.data?.pages.flatMap((p) => p.chats) ?? []).filter((c) => !seen.has(c.id) && seen.add(c.id));
  }, [query.data]);

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the compiler skips this component; the virtualizer's functions stay inside it
  const virtualizer = useVirtualizer({
    count: chats.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (i) => chats[i]?.id ?? i,
  });
  const items = virtualizer.getVirtualItems();

  // Infinite scroll: the next page loads while the last rows come into view.
  const lastIndex = items.at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= chats.length - 15) void fetchNextPage();
  }, [lastIndex, chats.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  // Polling must not move the list under the operator: once they have scrolled, the row at the top of
  // the viewport stays where it is when chats arrive above it. At the very top new chats show up.
  const anchor = useRef<{ id: string; offset: number } | null>(null);
  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    const i = Math.floor(el.scrollTop / ROW_HEIGHT);
    anchor.current = el.scrollTop > 0 && chats[i] ? { id: chats[i].id, offset: el.scrollTop - i * ROW_HEIGHT } : null;
  };
  // Another view, marketplace, order or search starts at the top, with nothing selected.
  const filterKey = JSON.stringify(filter);
  const [selection, setSelection] = useState<BulkSelection>({ ids: new Set(), allMatching: false });
  const rangeFrom = useRef<string | null>(null);
  useLayoutEffect(() => {
    anchor.current = null;
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    setSelection({ ids: new Set(), allMatching: false });
  }, [filterKey]);
  // One by one, or with Shift from the last one picked to this one (both ends included).
  const select = useCallback(
    (id: string, range: boolean) => {
      const fromId = range ? rangeFrom.current : null;
      setSelection((current) => {
        const ids = new Set(current.ids);
        const from = fromId ? chats.findIndex((c) => c.id === fromId) : -1;
        const to = chats.findIndex((c) => c.id === id);
        const on = !ids.has(id);
        if (from >= 0 && to >= 0)
          for (const c of chats.slice(Math.min(from, to), Math.max(from, to) + 1)) ids.add(c.id);
        else if (on) ids.add(id);
        else ids.delete(id);
        return { ids, allMatching: false };
      });
      rangeFrom.current = id;
    },
    [chats],
  );
  const selecting = selection.allMatching || selection.ids.size > 0;
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const a = anchor.current;
    if (!el || !a) return;
    const i = chats.findIndex((c) => c.id === a.id);
    if (i >= 0 && Math.abs(el.scrollTop - (i * ROW_HEIGHT + a.offset)) >= 1) el.scrollTop = i * ROW_HEIGHT + a.offset;
  }, [chats]);

  // Keyboard: a roving cursor over the rows (the focused one), j/k and the arrows move it, Enter opens.
  const [cursorId, setCursorId] = useState<string | null>(null);
  const cursor = chats.some((c) => c.id === cursorId) ? cursorId : (params.chat ?? chats[0]?.id ?? null);
  const move = (delta: number, event: KeyboardEvent) => {
    if (!chats.length) return;
    event.preventDefault();
    const at = chats.findIndex((c) => c.id === cursor);
    const next = Math.max(0, Math.min(chats.length - 1, at < 0 ? 0 : at + delta));
    const id = chats[next]!.id;
    setCursorId(id);
    virtualizer.scrollToIndex(next, { align: "auto" });
    // Focus now when the row is rendered (a neighbour almost always is), so an Enter right after
    // opens it; otherwise once the virtualiser has rendered it.
    const focus = () => document.getElementById(`chat-row-${id}`)?.focus({ preventScroll: true });
    if (!document.getElementById(`chat-row-${id}`)) requestAnimationFrame(focus);
    else focus();
  };
  const inList = (event: KeyboardEvent) =>
    event.target === document.body || scrollRef.current?.contains(event.target as Node);
  const open = useCallback((id: string) => update({ chat: id }), [update]);
  useShortcuts({
    j: (e) => move(1, e),
    k: (e) => move(-1, e),
    ArrowDown: (e) => inList(e) && move(1, e),
    ArrowUp: (e) => inList(e) && move(-1, e),
    Enter: (e) => {
      // A focused row handles Enter itself (it is a button); from the page, Enter opens the cursor row.
      if (e.target === document.body && cursor) open(cursor);
    },
  });

  return (
    <>
      <SearchBox />
      <ListFilters />
      {selecting ? (
        <BulkBar
          filter={{
            view: params.view,
            marketplace: params.marketplace,
            q: params.q,
            label: params.label,
            kind: params.kind,
            from: params.from,
            to: params.to,
            operator: params.operator,
          }}
          selection={selection}
          loadedCount={chats.length}
          onSelectAll={() => setSelection((s) => ({ ...s, allMatching: true }))}
          onClear={() => setSelection({ ids: new Set(), allMatching: false })}
        />
      ) : null}
      <div ref={scrollRef} onScroll={onScroll} className="min-h-0 flex-1 overflow-y-auto" data-testid="chat-list">
        {query.isPending ? <p className="p-4 text-sm text-slate-600">{t.inbox.loading}</p> : null}
        {query.isError ? (
          <p role="alert" className="p-4 text-sm text-red-700">
            {t.inbox.error}: {apiErrorText(query.error, { t, locale })}
          </p>
        ) : null}
        {query.isSuccess && chats.length === 0 ? (
          <p className="p-4 text-sm text-slate-600">
            {params.q ? t.inbox.emptySearch : params.view === "snoozed" ? t.ops.snoozed.empty : t.inbox.empty}
          </p>
        ) : null}
        <ul aria-label={t.inbox.chatList} style={{ height: virtualizer.getTotalSize() }} className="relative">
          {items.map((item) => {
            const chat = chats[item.index]!;
            return (
              <li
                key={item.key}
                className="absolute inset-x-0 top-0"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <ChatRow
                  chat={chat}
                  active={chat.id === params.chat}
                  cursor={chat.id === cursor}
                  selected={selection.allMatching || selection.ids.has(chat.id)}
                  now={now}
                  onOpen={open}
                  onFocus={setCursorId}
                  onSelect={select}
                />
              </li>
            );
          })}
        </ul>
        {isFetchingNextPage ? <p className="p-3 text-center text-sm text-slate-600">{t.inbox.loading}</p> : null}
        {params.view === "negative" && query.isSuccess && !hasNextPage ? (
          <p className="p-3 text-center text-xs text-slate-600" data-testid="negative-older-note">
            {t.negative.olderInReport}{" "}
            <a href="/reports/negative-reviews" className="text-brand-700 underline">
              {t.negative.openReport}
            </a>
          </p>
        ) : null}
      </div>
    </>
  );
}

/** Search box bound to ?q= (debounced, replacing history so Back skips keystrokes). */
function SearchBox() {
  const { t } = useI18n();
  const { params, update } = useInboxParams();
  const [text, setText] = useState(params.q ?? "");
  const pushed = useRef(params.q ?? "");
  // Back/forward changed ?q=: show it (but never overwrite what the operator is still typing).
  useEffect(() => {
    if ((params.q ?? "") !== pushed.current) {
      pushed.current = params.q ?? "";
      setText(params.q ?? "");
    }
  }, [params.q]);
  useEffect(() => {
    if (text.trim() === pushed.current) return;
    const id = setTimeout(() => {
      pushed.current = text.trim();
      update({ q: text.trim() || undefined }, "replace");
    }, 300);
    return () => clearTimeout(id);
  }, [text, update]);
  return (
    <div className="border-b border-slate-200 p-3">
      <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
        {t.inbox.searchLabel}
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Escape leaves the box for the list, so j/k work again.
          if (e.key === "Escape") e.currentTarget.blur();
          if (e.key === "ArrowDown") {
            e.preventDefault();
            document.querySelector<HTMLElement>('[data-testid="chat-row"][tabindex="0"]')?.focus();
          }
        }}
        placeholder={t.inbox.search}
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm placeholder:text-slate-500 focus:border-brand-500 focus:outline-none"
      />
    </div>
  );
}
