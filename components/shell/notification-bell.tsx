"use client";

import { api } from "@/components/api/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { inboxQueries, queryKeys } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";
import { BellIcon } from "@/components/ui/icons";
import { Popover } from "@/components/ui/popover";
import { useSafetyNetInterval } from "@/components/inbox/live-stream";
import { formatDate } from "@/lib/i18n/intl-format";

/** The header bell: unread count, the latest reminders and escalations, each opening its chat. */
export function NotificationBell() {
  const { t, locale, fmt } = useI18n();
  const n = t.negative.notifications;
  const qc = useQueryClient();
  const safetyNet = useSafetyNetInterval();
  const list = useQuery({ ...inboxQueries.notifications(), refetchInterval: safetyNet });
  // Without ids: all of the member's notifications; opening one marks just that one.
  const markRead = useMutation({
    mutationFn: (ids?: string[]) => api("/api/notifications", { method: "POST", body: ids ? { ids } : {} }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.notifications() }),
  });
  const unread = list.data?.unread ?? 0;
  const label = `${n.title}${unread ? `, ${fmt(n.unread, { n: unread })}` : ""}`;
  return (
    <Popover
      label={label}
      testId="notification-bell"
      triggerClassName="relative rounded px-2 py-1 text-slate-700 hover:bg-slate-100"
      trigger={
        <>
          <BellIcon />
          {unread ? (
            <span className="absolute -top-0.5 -right-0.5 rounded-full bg-red-600 px-1 text-[10px] font-semibold text-white">
              {unread}
            </span>
          ) : null}
        </>
      }
    >
      {(close) => (
        <>
          <div className="mb-1 flex items-center justify-between">
            <span className="font-semibold">{n.title}</span>
            {unread ? (
              <button
                type="button"
                className="text-xs text-brand-700 hover:underline"
                onClick={() => markRead.mutate(undefined)}
              >
                {n.markAll}
              </button>
            ) : null}
          </div>
          {list.data?.items.length ? (
            <ul className="space-y-1" data-testid="notification-list">
              {list.data.items.map((item) => (
                <li key={item.id} className={`rounded px-2 py-1 ${item.readAt ? "" : "bg-rose-50"}`}>
                  <Link
                    href={item.chatId ? `/inbox?view=negative&chat=${item.chatId}` : "/inbox"}
                    className="block"
                    onClick={() => {
                      close();
                      if (!item.readAt) markRead.mutate([item.id]);
                    }}
                  >
                    {/* Worded in the page's language; an old one shown as stored says its own. */}
                    <span
                      className="block font-medium text-slate-900"
                      lang={item.lang === locale ? undefined : item.lang}
                    >
                      {item.title}
                    </span>
                    <span className="block text-xs text-slate-500">
                      {formatDate(item.createdAt, locale, "weekdayDateTime")}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-xs text-slate-600">{n.empty}</p>
          )}
        </>
      )}
    </Popover>
  );
}
