"use client";

import { Suspense, useEffect, useState } from "react";
import { ChatList } from "@/components/inbox/chat-list";
import { FilterPane } from "@/components/inbox/filter-pane";
import { SEARCH_INPUT_ID } from "@/components/inbox/inbox-constants";
import { preloadInboxParts, ShortcutsDialog, SnippetsDialog, Thread } from "@/components/inbox/inbox-parts";
import type { Me } from "@/components/inbox/types";
import { useInboxParams } from "@/components/inbox/use-inbox-params";
import { useShortcuts } from "@/components/inbox/use-shortcuts";
import { useI18n } from "@/components/providers";
import { whenIdle } from "@/components/ui/lazy-part";

function InboxPanes({ me }: { me: Me }) {
  const { params } = useInboxParams();
  const { t } = useI18n();
  const [dialog, setDialog] = useState<"shortcuts" | "snippets" | null>(null);
  useEffect(() => whenIdle(preloadInboxParts), []);
  useShortcuts({
    "/": (e) => {
      const search = document.getElementById(SEARCH_INPUT_ID);
      if (!search || search.offsetParent === null) return;
      e.preventDefault();
      search.focus();
    },
    "?": (e) => {
      e.preventDefault();
      setDialog("shortcuts");
    },
  });
  const open = Boolean(params.chat);
  // On a phone one pane is visible at a time: the list (with its own view and marketplace pickers) or
  // the open thread. The filter pane joins from lg, the thread from md.
  return (
    <div className="flex min-h-0 flex-1">
      <nav
        aria-label={t.inbox.views}
        className="hidden w-60 shrink-0 overflow-y-auto border-r border-slate-200 bg-white lg:block"
      >
        <FilterPane me={me} onSnippets={() => setDialog("snippets")} onShortcuts={() => setDialog("shortcuts")} />
      </nav>
      <section
        aria-label={t.inbox.chatList}
        className={`${open ? "hidden md:flex" : "flex"} w-full min-w-0 flex-col border-r border-slate-200 bg-white md:w-96 md:shrink-0`}
      >
        <ChatList />
      </section>
      <section
        aria-label={t.inbox.thread}
        className={`${open ? "flex" : "hidden md:flex"} min-w-0 flex-1 flex-col bg-slate-50`}
      >
        {params.chat ? (
          <Thread key={params.chat} chatId={params.chat} me={me} />
        ) : (
          <p className="m-auto p-4 text-sm text-slate-600">{t.inbox.selectChat}</p>
        )}
      </section>
      <ShortcutsDialog open={dialog === "shortcuts"} onClose={() => setDialog(null)} />
      <SnippetsDialog open={dialog === "snippets"} onClose={() => setDialog(null)} me={me} />
    </div>
  );
}

export function Inbox({ me }: { me: Me }) {
  return (
    <Suspense>
      <InboxPanes me={me} />
    </Suspense>
  );
}
