"use client";

import { api } from "@/components/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { LockIcon } from "@/components/ui/icons";
import { inboxQueries } from "@/components/inbox/inbox-queries";
import type { ChatNote } from "@/components/inbox/types";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { MentionMenu, mentionAt } from "@/components/inbox/mention-menu";

/** An internal note for the team: stored as a ChatNote, never sent to the marketplace. */
export function NoteForm({ chatId, onDone }: { chatId: string; onDone: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [text, setText] = useState("");
  const [caret, setCaret] = useState(0);
  const mention = mentionAt(text, caret);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);
  const add = useMutation({
    mutationFn: () => api<ChatNote>(`/api/chats/${chatId}/notes`, { method: "POST", body: { text } }),
    onSuccess: (note) => {
      qc.setQueryData(inboxQueries.notes(chatId).queryKey, (list) => ({
        notes: [...(list?.notes ?? []).filter((n) => n.id !== note.id), note],
      }));
      setText("");
      onDone();
    },
  });
  return (
    <form
      className="border-t border-dashed border-yellow-400 bg-yellow-50 px-4 py-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) add.mutate();
      }}
    >
      <label htmlFor={`note-${chatId}`} className="mb-1 block text-xs font-semibold text-yellow-900">
        <LockIcon className="mr-1 inline align-[-2px]" />
        {t.inbox.note.label}
      </label>
      <textarea
        id={`note-${chatId}`}
        ref={input}
        rows={2}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setCaret(e.target.selectionStart);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onDone();
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && text.trim()) {
            e.preventDefault();
            add.mutate();
          }
        }}
        placeholder={t.inbox.note.placeholder}
        className="block w-full rounded-md border border-yellow-300 bg-white px-3 py-2 text-sm focus:border-yellow-500 focus:outline-none"
      />
      {mention ? (
        <MentionMenu
          query={mention.query}
          onPick={(handle) => {
            const next = `${text.slice(0, mention.start)}@${handle} ${text.slice(caret)}`;
            const at = mention.start + handle.length + 2;
            setText(next);
            setCaret(at);
            requestAnimationFrame(() => input.current?.setSelectionRange(at, at));
          }}
        />
      ) : (
        <p className="mt-1 text-xs text-yellow-900">{t.ops.mentions.hint}</p>
      )}
      <div className="mt-2 flex items-center gap-2">
        <Button type="submit" disabled={!text.trim() || add.isPending}>
          {t.inbox.note.save}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          {t.inbox.note.cancel}
        </Button>
        {add.isError ? (
          <span role="alert" className="text-sm text-red-700">
            {t.inbox.actionError}
          </span>
        ) : null}
      </div>
    </form>
  );
}
