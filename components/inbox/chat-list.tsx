"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { fetchJson } from "@/components/inbox/fetch-json";
import { formatListTime } from "@/components/inbox/format-time";
import { MarketplaceBadge } from "@/components/inbox/marketplace-badge";
import type { ChatListPage, ChatRow } from "@/components/inbox/types";
import { useInboxParams } from "@/components/inbox/use-inbox-params";
import { useI18n } from "@/components/providers";

export function ChatList() {
  const { t, locale } = useI18n();
  const { params, update } = useInboxParams();
  const [search, setSearch] = useState(params.q ?? "");

  useEffect(() => {
    const id = setTimeout(() => {
      if ((params.q ?? "") !== search) update({ q: search || undefined }, "replace");
    }, 300);
    return () => clearTimeout(id);
  }, [search, params.q, update]);

  const filter = { marketplace: params.marketplace, view: params.view, q: params.q };
  const query = useInfiniteQuery({
    queryKey: ["chats", filter],
    initialPageParam: "",
    queryFn: ({ pageParam }) => {
      const qs = new URLSearchParams();
      for (const [k, v] of Object.entries({ ...filter, cursor: pageParam })) if (v) qs.set(k, v);
      return fetchJson<ChatListPage>(`/api/chats?${qs}`);
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 5_000,
  });
  const chats = query.data?.pages.flatMap((p) => p.chats) ?? [];

  return (
    <>
      <div className="border-b border-slate-200 p-3">
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder={t.inbox.search}
          aria-label={t.inbox.search}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none"
        />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto" data-testid="chat-list">
        {query.isPending ? <p className="p-4 text-sm text-slate-500">{t.inbox.loading}</p> : null}
        {query.isError ? (
          <p role="alert" className="p-4 text-sm text-red-600">
            {t.inbox.error}: {query.error.message}
          </p>
        ) : null}
        {query.isSuccess && chats.length === 0 ? <p className="p-4 text-sm text-slate-500">{t.inbox.empty}</p> : null}
        <ul>
          {chats.map((chat) => (
            <ChatListItem key={chat.id} chat={chat} active={chat.id === params.chat} locale={locale} onOpen={() => update({ chat: chat.id })} />
          ))}
        </ul>
        {query.hasNextPage ? (
          <button type="button" className="w-full p-3 text-sm text-brand-600 hover:bg-slate-50" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {query.isFetchingNextPage ? t.inbox.loading : t.inbox.loadMore}
          </button>
        ) : null}
      </div>
    </>
  );
}

function ChatListItem({ chat, active, locale, onOpen }: { chat: ChatRow; active: boolean; locale: string; onOpen: () => void }) {
  const { t } = useI18n();
  const context = chat.orderId ? `${t.inbox.order} ${chat.orderId}` : chat.productTitle;
  return (
    <li>
      <button
        type="button"
        onClick={onOpen}
        aria-current={active ? "true" : undefined}
        data-testid="chat-row"
        className={`block w-full border-b border-slate-100 px-3 py-2.5 text-left ${active ? "bg-brand-50" : "hover:bg-slate-50"}`}
      >
        <div className="flex items-center gap-2">
          <MarketplaceBadge marketplace={chat.marketplace} />
          <span className={`truncate text-sm ${chat.unreadCount ? "font-semibold" : "font-medium"}`}>{chat.customerName ?? "—"}</span>
          {chat.kind !== "CHAT" ? <span className="rounded bg-slate-100 px-1.5 text-[10px] text-slate-600">{t.inbox.kind[chat.kind]}</span> : null}
          <span className="ml-auto shrink-0 text-xs text-slate-500">{formatListTime(chat.lastMessageAt, locale)}</span>
        </div>
        <div className="mt-0.5 truncate text-xs text-slate-500">{context}</div>
        <div className="mt-0.5 flex items-center gap-2">
          <span className="truncate text-sm text-slate-700">{chat.lastMessagePreview}</span>
          {chat.unreadCount ? (
            <span className="ml-auto rounded-full bg-brand-600 px-1.5 text-xs font-semibold text-white" aria-label={`${chat.unreadCount} ${t.inbox.unread}`}>
              {chat.unreadCount}
            </span>
          ) : null}
        </div>
      </button>
    </li>
  );
}
