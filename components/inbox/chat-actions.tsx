"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { inboxQueries } from "@/components/inbox/inbox-queries";
import { distinctSnoozePresets } from "@/components/inbox/snooze-presets";
import { ClockIcon } from "@/components/ui/icons";
import type { ChatDetail, Me } from "@/components/inbox/types";
import { useUpdateChat } from "@/components/inbox/use-chat-actions";
import { useI18n } from "@/components/providers";
import { ChatLabelsPicker } from "@/components/inbox/inbox-parts";
import { SnoozeCustomForm } from "@/components/inbox/snooze-custom-form";
import { formatDate } from "@/lib/i18n/intl-format";

const CONTROL =
  "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800 focus:border-brand-500 focus:outline-none";
// Compact buttons: the header must leave the thread room on a phone.
const ACTION = "items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium transition-colors";
const PRIMARY = `${ACTION} inline-flex bg-brand-600 text-white hover:bg-brand-700`;
const SECONDARY = `${ACTION} inline-flex border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`;
const GHOST = `${ACTION} text-slate-700 hover:bg-slate-100`;

export function ChatActions({ chat, me, onNote }: { chat: ChatDetail; me: Me; onNote: () => void }) {
  const { t, locale, fmt } = useI18n();
  const update = useUpdateChat(chat.id);
  const members = useQuery({ ...inboxQueries.members(), staleTime: 60_000 });
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const snoozeBox = useRef<HTMLDivElement>(null);
  // The menu closes like the other pop-overs: a press anywhere outside it (or Escape, below).
  useEffect(() => {
    if (!snoozeOpen) return;
    const away = (e: PointerEvent) => !snoozeBox.current?.contains(e.target as Node) && setSnoozeOpen(false);
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [snoozeOpen]);
  // eslint-disable-next-line react-hooks/purity -- whether the snooze has ended is read at render on purpose; the next render after it ends shows it unsnoozed
  const snoozed = chat.snoozedUntil && new Date(chat.snoozedUntil).getTime() > Date.now();
  const snooze = (until: Date | null) => {
    update.mutate({ snoozedUntil: until ? until.toISOString() : null });
    setSnoozeOpen(false);
  };
  const others = (members.data?.members ?? []).filter((m) => m.id !== me.id);
  return (
    <div role="group" aria-label={t.inbox.actions.label} className="relative flex flex-wrap items-center gap-2">
      {chat.status === "RESOLVED" ? (
        <button type="button" className={SECONDARY} onClick={() => update.mutate({ status: "OPEN" })}>
          {t.inbox.actions.reopen}
        </button>
      ) : (
        <button type="button" className={PRIMARY} onClick={() => update.mutate({ status: "RESOLVED" })} title="e">
          ✓ {t.inbox.actions.resolve}
        </button>
      )}
      <label className="sr-only" htmlFor={`assignee-${chat.id}`}>
        {t.inbox.actions.assign}
      </label>
      <select
        id={`assignee-${chat.id}`}
        className={CONTROL}
        value={chat.assignee?.id ?? ""}
        onChange={(e) => update.mutate({ assigneeId: e.target.value || null })}
      >
        <option value="">{t.inbox.unassigned}</option>
        <option value={me.id} data-user-content>
          {fmt(t.inbox.actions.me, { name: me.name ?? "—" })}
        </option>
        {others.map((m) => (
          <option key={m.id} value={m.id} data-user-content>
            {m.name ?? m.email}
          </option>
        ))}
        {chat.assignee && chat.assignee.id !== me.id && !others.some((m) => m.id === chat.assignee!.id) ? (
          <option value={chat.assignee.id} data-user-content>
            {chat.assignee.name}
          </option>
        ) : null}
      </select>
      {chat.assignee?.id !== me.id ? (
        <button
          type="button"
          className={`${GHOST} hidden sm:inline-flex`}
          onClick={() => update.mutate({ assigneeId: me.id })}
        >
          {t.inbox.actions.assignToMe}
        </button>
      ) : null}
      <div
        ref={snoozeBox}
        className="relative"
        onKeyDown={(e) => {
          if (e.key !== "Escape" || !snoozeOpen) return;
          e.stopPropagation();
          setSnoozeOpen(false);
        }}
      >
        <button
          type="button"
          className={SECONDARY}
          aria-expanded={snoozeOpen}
          aria-controls={`snooze-${chat.id}`}
          onClick={() => setSnoozeOpen((o) => !o)}
        >
          <ClockIcon />
          {snoozed
            ? fmt(t.inbox.snoozedUntil, { time: formatDate(chat.snoozedUntil!, locale, "weekdayDateTime") })
            : t.inbox.actions.snooze}
        </button>
        {snoozeOpen ? (
          <div
            id={`snooze-${chat.id}`}
            className="absolute left-0 z-30 mt-1 w-64 rounded-lg border border-slate-200 bg-white p-2 shadow-lg"
          >
            <ul>
              {distinctSnoozePresets(new Date()).map(({ key, at }) => (
                <li key={key}>
                  <button
                    type="button"
                    className="w-full rounded px-2 py-1.5 text-left text-sm hover:bg-slate-100"
                    onClick={() => snooze(at)}
                  >
                    {t.inbox.actions.snoozeOptions[key]}
                    <span className="block text-xs text-slate-600">
                      {formatDate(at.toISOString(), locale, "weekdayDateTime")}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            <SnoozeCustomForm chatId={chat.id} control={CONTROL} onDone={() => setSnoozeOpen(false)} />
            {snoozed ? (
              <button
                type="button"
                className="mt-2 w-full rounded px-2 py-1.5 text-left text-sm text-brand-700 hover:bg-slate-100"
                onClick={() => snooze(null)}
              >
                {t.inbox.actions.unsnooze}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <ChatLabelsPicker chatId={chat.id} />
      <button type="button" className={`${GHOST} inline-flex`} onClick={onNote}>
        ✎ {t.inbox.actions.note}
      </button>
      {update.isError ? (
        <span role="alert" className="text-sm text-red-700">
          {t.inbox.actionError}
        </span>
      ) : null}
    </div>
  );
}
