"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { fetchJson } from "@/components/inbox/fetch-json";
import { MarketplaceBadge } from "@/components/inbox/marketplace-badge";
import type { ChatDetail, MessagePage } from "@/components/inbox/types";
import { useInboxParams } from "@/components/inbox/use-inbox-params";
import { useI18n } from "@/components/providers";

const BUBBLE: Record<string, string> = {
  BUYER: "bg-white border border-slate-200 self-start",
  SELLER: "bg-brand-600 text-white self-end",
  MARKETPLACE: "bg-amber-50 border border-amber-200 text-amber-900 self-center",
  SYSTEM: "bg-slate-100 text-slate-600 self-center",
};

export function Thread({ chatId }: { chatId: string }) {
  const { t, locale } = useI18n();
  const { update } = useInboxParams();
  const chat = useQuery({ queryKey: ["chat", chatId], queryFn: () => fetchJson<ChatDetail>(`/api/chats/${chatId}`) });
  const messages = useQuery({
    queryKey: ["messages", chatId],
    queryFn: () => fetchJson<MessagePage>(`/api/chats/${chatId}/messages`),
    refetchInterval: 5_000,
  });
  const bottom = useRef<HTMLDivElement>(null);
  const count = messages.data?.messages.length ?? 0;
  useEffect(() => {
    bottom.current?.scrollIntoView({ block: "end" });
  }, [count]);

  if (chat.isError) {
    return (
      <p role="alert" className="m-auto text-sm text-red-600">
        {t.inbox.error}: {chat.error.message}
      </p>
    );
  }
  const c = chat.data;
  let lastDay = "";
  return (
    <>
      <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-4 py-3">
        <button type="button" className="text-sm text-brand-600 md:hidden" onClick={() => update({ chat: undefined })}>
          ← {t.inbox.back}
        </button>
        {c ? (
          <>
            <MarketplaceBadge marketplace={c.marketplace} />
            <div className="min-w-0">
              <h2 className="truncate font-semibold" data-testid="thread-title">
                {c.customerName ?? "—"}
              </h2>
              <p className="truncate text-xs text-slate-500">
                {c.orderId ? `${t.inbox.order} ${c.orderId} · ` : ""}
                {c.productTitle}
                {c.marketplaceStatus ? ` · ${c.marketplaceStatus}` : ""}
              </p>
            </div>
            {c.status === "RESOLVED" ? <span className="ml-auto rounded bg-green-100 px-2 py-0.5 text-xs text-green-800">{t.inbox.resolved}</span> : null}
          </>
        ) : (
          <span className="text-sm text-slate-500">{t.inbox.loading}</span>
        )}
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto px-4 py-4">
        <ol className="flex flex-col gap-2" data-testid="thread-messages">
          {messages.data?.messages.map((m) => {
            const day = new Date(m.createdAt).toLocaleDateString(locale, { day: "numeric", month: "long", weekday: "short" });
            const divider = day !== lastDay;
            lastDay = day;
            return (
              <li key={m.id} className="contents">
                {divider ? <div className="my-2 self-center text-xs text-slate-500">{day}</div> : null}
                <div className={`max-w-[80%] rounded-2xl px-3 py-2 text-sm whitespace-pre-wrap ${BUBBLE[m.author]}`}>
                  <span className="sr-only">{t.inbox.author[m.author]}: </span>
                  {m.text}
                  <div className={`mt-1 text-right text-[10px] ${m.author === "SELLER" ? "text-white/70" : "text-slate-400"}`}>
                    {m.author === "SELLER" && m.sender?.name ? `${m.sender.name} · ` : ""}
                    {new Date(m.createdAt).toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" })}
                    {m.status === "FAILED" ? ` · ${t.inbox.failed}` : ""}
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
        <div ref={bottom} />
      </div>
    </>
  );
}
