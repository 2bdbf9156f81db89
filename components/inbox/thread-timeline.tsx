"use client";

import { Fragment } from "react";
import { formatDay } from "@/components/inbox/format-day";
import { dayKey } from "@/components/inbox/format-time";
import { LockIcon, PaperclipIcon } from "@/components/ui/icons";
import type { ChatNote, ThreadMessage } from "@/components/inbox/types";
import { useI18n } from "@/components/providers";
import { formatDate } from "@/lib/i18n/intl-format";

type Item = { kind: "message"; at: string; message: ThreadMessage } | { kind: "note"; at: string; note: ChatNote };

// Who wrote it decides where and how it sits: the buyer on the left, us on the right, the marketplace
// and the system as centred notices; internal notes span the thread on a dashed yellow card.
const BUBBLE: Record<ThreadMessage["author"], string> = {
  BUYER: "self-start bg-white border border-slate-200 text-slate-900",
  SELLER: "self-end bg-brand-600 text-white",
  MARKETPLACE: "self-center bg-amber-50 border border-amber-200 text-amber-950",
  SYSTEM: "self-center bg-slate-200 text-slate-800",
};

export function ThreadTimeline({
  messages,
  notes,
  onDeleteNote,
  canDeleteNote,
}: {
  messages: ThreadMessage[];
  notes: ChatNote[];
  onDeleteNote: (id: string) => void;
  canDeleteNote: (note: ChatNote) => boolean;
}) {
  const { locale } = useI18n();
  const items: Item[] = [
    ...messages.map((message) => ({ kind: "message" as const, at: message.createdAt, message })),
    ...notes.map((note) => ({ kind: "note" as const, at: note.createdAt, note })),
  ].sort((x, y) => x.at.localeCompare(y.at));
  const now = new Date();
  return (
    <ol className="flex flex-col gap-2" data-testid="thread-messages">
      {items.map((item, i) => {
        const day = dayKey(item.at);
        const divider = i === 0 || dayKey(items[i - 1]!.at) !== day;
        return (
          <Fragment key={item.kind === "message" ? item.message.id : `note-${item.note.id}`}>
            {divider ? (
              <li
                className="my-2 flex items-center gap-3 text-xs font-medium text-slate-600"
                role="separator"
                aria-label={formatDay(item.at, locale, now)}
              >
                <span className="h-px flex-1 bg-slate-200" />
                {formatDay(item.at, locale, now)}
                <span className="h-px flex-1 bg-slate-200" />
              </li>
            ) : null}
            {item.kind === "message" ? (
              <MessageBubble message={item.message} />
            ) : (
              <NoteCard
                note={item.note}
                onDelete={canDeleteNote(item.note) ? () => onDeleteNote(item.note.id) : undefined}
              />
            )}
          </Fragment>
        );
      })}
    </ol>
  );
}

function MessageBubble({ message: m }: { message: ThreadMessage }) {
  const { t, locale, fmt } = useI18n();
  const mine = m.author === "SELLER";
  return (
    <li
      data-author={m.author}
      className={`flex max-w-[85%] flex-col rounded-2xl px-3 py-2 text-sm whitespace-pre-wrap break-words md:max-w-[75%] ${BUBBLE[m.author]}`}
    >
      {m.author === "MARKETPLACE" || m.author === "SYSTEM" ? (
        <span className="mb-0.5 text-[11px] font-semibold">{t.inbox.author[m.author]}</span>
      ) : (
        <span className="sr-only">{t.inbox.author[m.author]}: </span>
      )}
      <span data-user-content>{m.text}</span>
      {m.reviewPros || m.reviewCons ? <ReviewParts pros={m.reviewPros} cons={m.reviewCons} /> : null}
      {m.attachments.length ? <Attachments attachments={m.attachments} inverted={mine} /> : null}
      {m.originalText !== null ? (
        <details data-testid="message-original" className={`mt-1 text-xs ${mine ? "text-white/85" : "text-slate-600"}`}>
          <summary className="cursor-pointer">{t.inbox.originalText}</summary>
          <span className="line-through decoration-1" data-user-content>
            {m.originalText}
          </span>
        </details>
      ) : null}
      <span className={`mt-1 self-end text-[11px] ${mine ? "text-white/85" : "text-slate-600"}`}>
        {mine && m.sender?.name ? `${m.sender.name} · ` : ""}
        {formatDate(m.createdAt, locale, "clock")}
        {m.editedAt ? (
          <span data-testid="message-edited">{` · ${fmt(t.inbox.edited, { time: formatDate(m.editedAt, locale, "clock") })}`}</span>
        ) : null}
        {m.status === "FAILED" ? ` · ${t.inbox.failed}` : m.status === "PENDING" ? ` · ${t.inbox.pending}` : ""}
        {mine && m.readAt ? (
          <span
            data-testid="message-read"
            title={formatDate(m.readAt, locale, "clock")}
          >{` · ✓✓ ${t.inbox.readByBuyer}`}</span>
        ) : null}
      </span>
    </li>
  );
}

/** A review's pros and cons, stored apart from its text, under labels in the reader's language. */
function ReviewParts({ pros, cons }: { pros: string | null; cons: string | null }) {
  const { t } = useI18n();
  const parts = [
    { key: "pros", label: t.inbox.reviewPart.pros, value: pros },
    { key: "cons", label: t.inbox.reviewPart.cons, value: cons },
  ];
  return (
    <dl className="mt-1 flex flex-col">
      {parts.map((p) =>
        p.value ? (
          <Fragment key={p.key}>
            <dt className="mt-1 text-xs font-semibold text-slate-600">{p.label}</dt>
            <dd data-testid={`review-${p.key}`} data-user-content>
              {p.value}
            </dd>
          </Fragment>
        ) : null,
      )}
    </dl>
  );
}

function NoteCard({ note, onDelete }: { note: ChatNote; onDelete?: () => void }) {
  const { t, locale } = useI18n();
  return (
    <li
      data-testid="chat-note"
      className="rounded-lg border border-dashed border-yellow-400 bg-yellow-50 px-3 py-2 text-sm text-slate-900"
    >
      <div className="mb-1 flex items-center gap-2 text-[11px] font-medium text-yellow-900">
        <LockIcon />
        {t.inbox.note.badge}
        <span className="ml-auto text-slate-600">
          {note.author?.name ? <span data-user-content>{`${note.author.name} · `}</span> : ""}
          {formatDate(note.createdAt, locale, "clock")}
        </span>
        {onDelete ? (
          <button
            type="button"
            onClick={onDelete}
            className="rounded px-1 text-slate-600 hover:bg-yellow-100 hover:text-red-700"
            aria-label={t.inbox.note.delete}
            title={t.inbox.note.delete}
          >
            ×
          </button>
        ) : null}
      </div>
      <p className="whitespace-pre-wrap break-words" data-user-content>
        {note.text}
      </p>
    </li>
  );
}

function Attachments({ attachments, inverted }: { attachments: ThreadMessage["attachments"]; inverted: boolean }) {
  const { t, fmt } = useI18n();
  return (
    <span className="mt-2 flex flex-wrap gap-2">
      {attachments.map((a) => {
        // A reply still being sent has its files only in the browser.
        if (a.id.startsWith("optimistic:"))
          return (
            <span key={a.id} className="inline-flex items-center gap-1 text-xs opacity-80">
              <PaperclipIcon />
              {a.fileName}
            </span>
          );
        const href = `/api/attachments/${a.id}`;
        if (a.mimeType.startsWith("image/") && a.mimeType !== "image/svg+xml") {
          return (
            <a
              key={a.id}
              href={href}
              target="_blank"
              rel="noreferrer"
              aria-label={fmt(t.inbox.attachments.open, { name: a.fileName })}
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own authenticated route */}
              <img
                src={href}
                alt={a.fileName}
                loading="lazy"
                className="max-h-48 max-w-full rounded-lg border border-slate-200 bg-slate-100 object-contain"
              />
            </a>
          );
        }
        return (
          <a
            key={a.id}
            href={href}
            download={a.fileName}
            className={`inline-flex items-center gap-1.5 rounded-md border px-2 py-1 text-xs underline-offset-2 hover:underline ${inverted ? "border-white/40 text-white" : "border-slate-300 text-brand-700"}`}
            aria-label={fmt(t.inbox.attachments.download, { name: a.fileName })}
          >
            <PaperclipIcon />
            {a.fileName}
            {a.size ? (
              <span className={inverted ? "text-white/80" : "text-slate-600"}>{formatSize(a.size)}</span>
            ) : null}
          </a>
        );
      })}
    </span>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
