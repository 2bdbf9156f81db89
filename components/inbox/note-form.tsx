"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { api } from "@/components/api/client";
import { fieldErrorText, setApiErrors } from "@/components/api/form-errors";
import { LockIcon } from "@/components/ui/icons";
import { inboxQueries, queryKeys } from "@/components/inbox/inbox-queries";
import type { ChatNote } from "@/components/inbox/types";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { MentionMenu, mentionAt } from "@/components/inbox/mention-menu";
import { noteInputSchema, type NoteInput } from "@/lib/inbox/note-schema";

/** An internal note for the team: stored as a ChatNote, never sent to the marketplace. */
export function NoteForm({ chatId, onDone }: { chatId: string; onDone: () => void }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<NoteInput>({ resolver: zodResolver(noteInputSchema), defaultValues: { text: "" } });
  const text = useWatch({ control, name: "text" });
  const [caret, setCaret] = useState(0);
  const mention = mentionAt(text, caret);
  const input = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => input.current?.focus(), []);
  const { ref, onChange, ...field } = register("text");
  const id = `note-${chatId}`;
  const error = fieldErrorText(errors.text, { t }) ?? errors.root?.message;

  async function add(note: NoteInput) {
    try {
      const saved = await api<ChatNote>(`/api/chats/${chatId}/notes`, { method: "POST", body: note });
      qc.setQueryData(inboxQueries.notes(chatId).queryKey, (list) => ({
        notes: [...(list?.notes ?? []).filter((n) => n.id !== saved.id), saved],
      }));
      // The stream's echo of this tab's own note is skipped (live-stream.ts): the buyer panel lists notes too.
      void qc.invalidateQueries({ queryKey: queryKeys.buyer(chatId) });
      onDone();
    } catch (failure) {
      setApiErrors(failure, setError, { t, locale });
    }
  }
  const save = () => void handleSubmit(add)();

  return (
    <form
      className="border-t border-dashed border-yellow-400 bg-yellow-50 px-4 py-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) save();
      }}
    >
      <label htmlFor={id} className="mb-1 block text-xs font-semibold text-yellow-900">
        <LockIcon className="mr-1 inline align-[-2px]" />
        {t.inbox.note.label}
      </label>
      <textarea
        id={id}
        ref={(el) => {
          ref(el);
          input.current = el;
        }}
        rows={2}
        {...field}
        onChange={(e) => {
          void onChange(e);
          setCaret(e.target.selectionStart);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onDone();
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && text.trim()) {
            e.preventDefault();
            save();
          }
        }}
        placeholder={t.inbox.note.placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-yellow-300 bg-white px-3 py-2 text-sm focus:border-yellow-500 focus:outline-none"
      />
      {mention ? (
        <MentionMenu
          query={mention.query}
          onPick={(handle) => {
            const next = `${text.slice(0, mention.start)}@${handle} ${text.slice(caret)}`;
            const at = mention.start + handle.length + 2;
            setValue("text", next);
            setCaret(at);
            requestAnimationFrame(() => input.current?.setSelectionRange(at, at));
          }}
        />
      ) : (
        <p className="mt-1 text-xs text-yellow-900">{t.ops.mentions.hint}</p>
      )}
      <div className="mt-2 flex items-center gap-2">
        <Button type="submit" disabled={!text.trim() || isSubmitting}>
          {t.inbox.note.save}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          {t.inbox.note.cancel}
        </Button>
        {error ? (
          <span id={`${id}-error`} role="alert" className="text-sm text-red-700">
            {error}
          </span>
        ) : null}
      </div>
    </form>
  );
}
