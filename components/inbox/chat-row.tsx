"use client";

import { memo } from "react";
import { AssigneeAvatar } from "@/components/inbox/assignee-avatar";
import { DisputeBadge } from "@/components/inbox/dispute-badge";
import { formatListTime } from "@/components/inbox/format-time";
import { LabelChip } from "@/components/labels/label-chip";
import { MarketplaceBadge } from "@/components/inbox/marketplace-badge";
import { RowPresence } from "@/components/inbox/presence-indicator";
import { SlaBadge } from "@/components/inbox/sla-badge";
import { CaseCountdown } from "@/components/negative-reviews/case-countdown";
import type { ChatRow as Row } from "@/components/inbox/types";
import { useI18n } from "@/components/providers";
import { displayOrderNumber } from "@/lib/text/order-number";
import { formatDate } from "@/lib/i18n/intl-format";

export const ROW_HEIGHT = 88;

export function chatContext(
  chat: Pick<Row, "orderId" | "productTitle" | "productId" | "itemId">,
  t: { order: string; item: string },
): string {
  const order = displayOrderNumber(chat.orderId);
  if (order) return `${t.order} ${order}${chat.productTitle ? ` · ${chat.productTitle}` : ""}`;
  if (chat.productTitle) return chat.productTitle;
  if (chat.itemId) return `${t.item} ${chat.itemId}`;
  return chat.productId ?? "";
}

type Props = {
  chat: Row;
  active: boolean;
  cursor: boolean;
  selected: boolean;
  now: number;
  onOpen: (id: string) => void;
  onFocus: (id: string) => void;
  onSelect: (id: string, range: boolean) => void;
};

// Chips that fit beside the context line; the rest are counted.
const ROW_LABELS = 2;

/** One chat in the list: fixed height, so the virtual list needs no measuring. */
export const ChatRow = memo(function ChatRow({
  chat,
  active,
  cursor,
  selected,
  now,
  onOpen,
  onFocus,
  onSelect,
}: Props) {
  const { t, locale, fmt } = useI18n();
  const unread = chat.unreadCount > 0;
  const snoozed = chat.snoozedUntil && Date.parse(chat.snoozedUntil) > now ? chat.snoozedUntil : null;
  const returns = snoozed ? fmt(t.ops.snoozed.returns, { time: formatDate(snoozed, locale, "weekdayDateTime") }) : null;
  return (
    <div className={`flex ${selected ? "bg-brand-50" : ""}`} style={{ height: ROW_HEIGHT }}>
      <label className="flex w-8 shrink-0 cursor-pointer items-start justify-center border-b border-slate-100 pt-3">
        <input
          type="checkbox"
          className="size-4 accent-brand-600"
          checked={selected}
          aria-label={fmt(t.ops.bulk.select, { name: chat.customerName ?? "—" })}
          data-testid="chat-row-select"
          onClick={(e) => onSelect(chat.id, e.shiftKey)}
          onChange={() => undefined}
        />
      </label>
      <button
        type="button"
        id={`chat-row-${chat.id}`}
        data-testid="chat-row"
        data-chat-id={chat.id}
        tabIndex={cursor ? 0 : -1}
        aria-current={active ? "true" : undefined}
        onClick={() => onOpen(chat.id)}
        onFocus={() => onFocus(chat.id)}
        style={{ height: ROW_HEIGHT }}
        className={`flex min-w-0 flex-1 flex-col justify-center gap-0.5 border-b border-slate-100 pr-3 pl-1 text-left outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-500 ${
          active ? "bg-brand-50" : cursor ? "bg-slate-50" : "hover:bg-slate-50"
        } ${unread ? "border-l-4 border-l-brand-600" : "border-l-4 border-l-transparent"}`}
      >
        <span className="flex min-w-0 items-center gap-1.5">
          <MarketplaceBadge marketplace={chat.marketplace} />
          <span
            data-testid="chat-row-name"
            data-user-content
            className={`truncate text-sm ${unread ? "font-semibold text-slate-900" : "font-medium text-slate-800"}`}
          >
            {chat.customerName ?? "—"}
          </span>
          {chat.kind !== "CHAT" ? (
            <span className="shrink-0 rounded bg-slate-100 px-1 text-[10px] font-medium text-slate-700">
              {t.inbox.kind[chat.kind]}
            </span>
          ) : null}
          {chat.isNewChat ? (
            <span className="shrink-0 rounded bg-emerald-100 px-1 text-[10px] font-medium text-emerald-800">
              {t.inbox.newChat}
            </span>
          ) : null}
          <DisputeBadge dispute={chat.dispute} compact />
          <RowPresence chatId={chat.id} />
          <span className="ml-auto shrink-0 pl-1 text-xs text-slate-600">
            {formatListTime(chat.lastMessageAt, locale)}
          </span>
        </span>
        <span className="flex min-w-0 items-center gap-2">
          {/* On a narrow list the context gives way first, then the snooze time: the deadline stays whole. */}
          <span className="min-w-8 shrink-[100] truncate text-xs text-slate-600" data-user-content>
            {chatContext(chat, t.inbox)}
          </span>
          <span className="ml-auto flex min-w-0 items-center gap-1 overflow-hidden">
            {chat.labels.slice(0, ROW_LABELS).map((l) => (
              <LabelChip key={l.id} name={l.name} color={l.color} compact />
            ))}
            {chat.labels.length > ROW_LABELS ? (
              <span className="text-[10px] text-slate-600">+{chat.labels.length - ROW_LABELS}</span>
            ) : null}
            {snoozed ? (
              <span
                className="min-w-0 truncate rounded bg-violet-50 px-1 text-[10px] font-medium text-violet-800"
                data-testid="snoozed-until"
                title={returns ?? undefined}
              >
                {returns}
              </span>
            ) : null}
            {/* A negative review's one primary deadline is its publication; until it is known (held, no hold
              window) the first-response SLA runs beside the case's state, named as such. The thread's case
              panel shows both. Other chats have just their reply SLA. */}
            {chat.negativeCase ? (
              <>
                {/* Without a hold window the row's timer is the first response; the panel names the rule. */}
                {!chat.negativeCase.hasHoldWindow &&
                !chat.negativeCase.deadlineAt &&
                chat.negativeCase.status === "IN_PROGRESS" ? null : (
                  <CaseCountdown kase={chat.negativeCase} now={now} compact />
                )}
                {chat.negativeCase.deadlineAt ? null : (
                  <SlaBadge
                    dueAt={chat.negativeCase.firstResponseDueAt}
                    now={now}
                    label={t.negative.panel.firstResponseShort}
                  />
                )}
              </>
            ) : (
              <SlaBadge dueAt={chat.dueAt} now={now} />
            )}
          </span>
        </span>
        <span className="flex min-w-0 items-center gap-2">
          <span className={`truncate text-sm ${unread ? "text-slate-900" : "text-slate-600"}`} data-user-content>
            {chat.lastMessagePreview}
          </span>
          <span className="ml-auto flex shrink-0 items-center gap-1.5">
            {unread ? (
              <span
                className="rounded-full bg-brand-600 px-1.5 text-xs font-semibold text-white"
                aria-label={fmt(t.inbox.unread, { n: chat.unreadCount })}
              >
                {chat.unreadCount}
              </span>
            ) : null}
            {chat.assignee ? <AssigneeAvatar user={chat.assignee} /> : null}
          </span>
        </span>
      </button>
    </div>
  );
});
