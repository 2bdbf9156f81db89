"use client";

import { useQuery } from "@tanstack/react-query";
import { inboxQueries } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";

// "@" and what follows it, up to the caret, at the start of the text or after a space.
const TYPING = /(?:^|\s)@([\p{L}\p{N}_.-]*)$/u;

/** The mention being typed before the caret, if any: its start in the text and what is typed after "@". */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const m = TYPING.exec(text.slice(0, caret));
  if (!m) return null;
  return { start: caret - m[1]!.length - 1, query: m[1]!.toLocaleLowerCase("ru") };
}

/** Members to mention, filtered by what follows "@"; picking one inserts "@Name ". */
export function MentionMenu({ query, onPick }: { query: string; onPick: (handle: string) => void }) {
  const { t } = useI18n();
  const members = useQuery({ ...inboxQueries.members(), staleTime: 60_000 });
  const list = (members.data?.members ?? [])
    .map((m) => ({ id: m.id, handle: m.name?.trim() || m.email.split("@")[0]!, email: m.email }))
    .filter(
      (m) => m.handle.toLocaleLowerCase("ru").startsWith(query) || m.email.toLocaleLowerCase("ru").startsWith(query),
    )
    .slice(0, 6);
  if (!list.length) return null;
  return (
    <ul
      role="listbox"
      aria-label={t.ops.mentions.suggestions}
      className="mt-1 rounded-md border border-yellow-300 bg-white py-1 shadow-sm"
      data-testid="mention-menu"
    >
      {list.map((m) => (
        <li key={m.id} role="option" aria-selected={false}>
          <button
            type="button"
            className="w-full px-3 py-1 text-left text-sm hover:bg-yellow-50"
            onMouseDown={(e) => {
              e.preventDefault();
              onPick(m.handle);
            }}
          >
            <span data-user-content>@{m.handle}</span> <span className="text-xs text-slate-600">{m.email}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
