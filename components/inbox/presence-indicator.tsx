"use client";

import { usePresence, type PresenceEntry } from "@/components/inbox/live-stream";
import { useI18n } from "@/components/providers";

/** The members in this chat, once each (typing when any of their tabs types). */
export function here(all: PresenceEntry[], chatId: string): PresenceEntry[] {
  const byUser = new Map<string, PresenceEntry>();
  for (const p of all) {
    if (p.chatId !== chatId) continue;
    const seen = byUser.get(p.userId);
    if (!seen || (p.typing && !seen.typing)) byUser.set(p.userId, p);
  }
  return [...byUser.values()];
}

/** The thread's line: who else has this chat open, and who is typing a reply. */
export function ThreadPresence({ chatId }: { chatId: string }) {
  const { t, fmt } = useI18n();
  const people = here(usePresence(), chatId);
  if (!people.length) return null;
  const typing = people.filter((p) => p.typing);
  const viewing = people.filter((p) => !p.typing);
  return (
    <p
      data-testid="thread-presence"
      role="status"
      className="mt-1 flex flex-wrap items-center gap-x-3 text-xs font-medium text-amber-800"
    >
      {typing.length ? (
        <span data-testid="presence-typing">
          {fmt(t.inbox.presence.typing, { names: typing.map((p) => p.name).join(", "), n: typing.length })}
        </span>
      ) : null}
      {viewing.length ? (
        <span data-testid="presence-viewing">
          {fmt(t.inbox.presence.viewing, { names: viewing.map((p) => p.name).join(", ") })}
        </span>
      ) : null}
    </p>
  );
}

/** A chat row's mark: someone else is in this chat (a pencil when typing). */
export function RowPresence({ chatId }: { chatId: string }) {
  const { t, fmt } = useI18n();
  const people = here(usePresence(), chatId);
  if (!people.length) return null;
  const typing = people.some((p) => p.typing);
  const names = people.map((p) => p.name).join(", ");
  const label = fmt(typing ? t.inbox.presence.typing : t.inbox.presence.viewing, { names, n: people.length });
  return (
    <span
      data-testid="row-presence"
      title={label}
      aria-label={label}
      className="shrink-0 rounded bg-amber-100 px-1 text-[10px] font-medium text-amber-900"
    >
      {typing ? "✎" : "👁"} {people.length > 1 ? people.length : (people[0]!.name.split(/\s+/)[0] ?? "").slice(0, 12)}
    </span>
  );
}
