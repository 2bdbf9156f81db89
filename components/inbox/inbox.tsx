"use client";

import { Suspense } from "react";
import { ChatList } from "@/components/inbox/chat-list";
import { FilterPane } from "@/components/inbox/filter-pane";
import { Thread } from "@/components/inbox/thread";
import { useInboxParams } from "@/components/inbox/use-inbox-params";
import { useI18n } from "@/components/providers";

function InboxPanes() {
  const { params } = useInboxParams();
  const { t } = useI18n();
  const open = Boolean(params.chat);
  // On a phone one pane is visible at a time: the list, or the open thread.
  return (
    <div className="flex min-h-0 flex-1">
      <aside aria-label={t.inbox.views} className="hidden w-56 shrink-0 overflow-y-auto border-r border-slate-200 bg-white lg:block">
        <FilterPane />
      </aside>
      <section aria-label="chats" className={`${open ? "hidden md:flex" : "flex"} w-full min-w-0 flex-col border-r border-slate-200 bg-white md:w-96 md:shrink-0`}>
        <ChatList />
      </section>
      <section aria-label="thread" className={`${open ? "flex" : "hidden md:flex"} min-w-0 flex-1 flex-col bg-slate-50`}>
        {params.chat ? <Thread chatId={params.chat} /> : <p className="m-auto text-sm text-slate-500">{t.inbox.selectChat}</p>}
      </section>
    </div>
  );
}

export function Inbox() {
  return (
    <Suspense>
      <InboxPanes />
    </Suspense>
  );
}
