"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { api, ApiError } from "@/components/api/client";
import { fieldErrorText, setApiErrors } from "@/components/api/form-errors";
import { inboxQueries, queryKeys } from "@/components/inbox/inbox-queries";
import type { Me, SnippetList } from "@/components/inbox/types";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { snippetInputSchema, type SnippetInput } from "@/lib/inbox/snippet-schema";

type Snippet = SnippetList["snippets"][number];
type SnippetValues = z.input<typeof snippetInputSchema>;
const INPUT =
  "block w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none";

/** Saved replies: everyone sees them (the composer inserts them with "/"), owners add, edit and delete. */
export function SnippetsDialog({ open, onClose, me }: { open: boolean; onClose: () => void; me: Me }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  // The same query as the composer's "/" menu (components/inbox/composer-snippets.tsx).
  const snippets = useQuery({ ...inboxQueries.snippets(), enabled: open });
  // Which saved reply is open in the form: its id, "new", or none.
  const [editing, setEditing] = useState<string | null>(null);
  const owner = me.role === "OWNER";
  const done = () => {
    setEditing(null);
    void qc.invalidateQueries({ queryKey: queryKeys.snippets() });
  };
  const remove = useMutation({
    mutationFn: (id: string) => api(`/api/snippets/${id}`, { method: "DELETE" }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.snippets() }),
  });
  const list = snippets.data?.snippets ?? [];
  return (
    <Dialog open={open} onClose={onClose} title={t.inbox.snippets.title} closeLabel={t.inbox.snippets.close} wide>
      <p className="mb-1 text-sm text-slate-600">{t.inbox.snippets.intro}</p>
      <p className="mb-3 text-xs text-slate-600">{t.ops.snippetVars.help}</p>
      {!owner ? (
        <p className="mb-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t.inbox.snippets.ownersOnly}</p>
      ) : null}
      {snippets.isPending ? <p className="text-sm text-slate-600">{t.inbox.loading}</p> : null}
      {snippets.isSuccess && list.length === 0 ? (
        <p className="text-sm text-slate-600">{t.inbox.snippets.none}</p>
      ) : null}
      <ul className="divide-y divide-slate-200" data-testid="snippet-list">
        {list.map((s) =>
          editing === s.id ? (
            <li key={s.id} className="py-3">
              <SnippetForm snippet={s} onDone={done} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={s.id} className="flex items-start gap-3 py-3">
              <div className="min-w-0 flex-1">
                <p className="text-sm font-medium">
                  <code className="mr-2 rounded bg-slate-100 px-1 text-xs text-slate-800">/{s.shortcut}</code>
                  <span data-user-content>{s.title}</span>
                </p>
                <p className="mt-1 line-clamp-3 text-sm whitespace-pre-wrap text-slate-700" data-user-content>
                  {s.text}
                </p>
              </div>
              {owner ? (
                <div className="flex shrink-0 gap-1">
                  <Button
                    variant="ghost"
                    onClick={() => setEditing(s.id)}
                    aria-label={`${t.inbox.snippets.edit}: /${s.shortcut}`}
                  >
                    {t.inbox.snippets.edit}
                  </Button>
                  <Button
                    variant="ghost"
                    className="text-red-700"
                    onClick={() => remove.mutate(s.id)}
                    aria-label={`${t.inbox.snippets.delete}: /${s.shortcut}`}
                  >
                    {t.inbox.snippets.delete}
                  </Button>
                </div>
              ) : null}
            </li>
          ),
        )}
      </ul>
      {owner ? (
        editing === "new" ? (
          <div className="mt-3 border-t border-slate-200 pt-3">
            <SnippetForm onDone={done} onCancel={() => setEditing(null)} />
          </div>
        ) : (
          <Button className="mt-3" onClick={() => setEditing("new")}>
            + {t.inbox.snippets.add}
          </Button>
        )
      ) : null}
    </Dialog>
  );
}

function SnippetForm({ snippet, onDone, onCancel }: { snippet?: Snippet; onDone: () => void; onCancel: () => void }) {
  const { t, locale } = useI18n();
  const ts = t.inbox.snippets;
  const id = snippet?.id ?? "new";
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SnippetValues, unknown, SnippetInput>({
    resolver: zodResolver(snippetInputSchema),
    defaultValues: { shortcut: snippet?.shortcut ?? "", title: snippet?.title ?? "", text: snippet?.text ?? "" },
  });

  async function save(input: SnippetInput) {
    try {
      await api<Snippet>(snippet ? `/api/snippets/${snippet.id}` : "/api/snippets", {
        method: snippet ? "PUT" : "POST",
        body: input,
      });
    } catch (error) {
      // The one conflict a saved reply has: another one already uses the shortcut.
      if (error instanceof ApiError && error.code === "conflict")
        return setError("shortcut", { type: "server", message: ts.taken });
      return setApiErrors(error, setError, { t, locale, fields: { shortcut: ts.shortcutHint } });
    }
    onDone();
  }

  const shortcutError = fieldErrorText(errors.shortcut, { t, own: ts.shortcutHint });
  const titleError = fieldErrorText(errors.title, { t });
  const textError = fieldErrorText(errors.text, { t });
  return (
    <form className="space-y-2" noValidate onSubmit={(e) => void handleSubmit(save)(e)}>
      <div className="grid gap-2 sm:grid-cols-[12rem_1fr]">
        <label className="text-xs font-medium text-slate-700" htmlFor={`snippet-shortcut-${id}`}>
          {ts.shortcut}
          <input
            id={`snippet-shortcut-${id}`}
            maxLength={32}
            aria-invalid={shortcutError ? true : undefined}
            aria-describedby={shortcutError ? `snippet-shortcut-${id}-error` : `snippet-hint-${id}`}
            className={`${INPUT} mt-1`}
            {...register("shortcut")}
          />
        </label>
        <label className="text-xs font-medium text-slate-700" htmlFor={`snippet-title-${id}`}>
          {ts.name}
          <input
            id={`snippet-title-${id}`}
            maxLength={100}
            aria-invalid={titleError ? true : undefined}
            className={`${INPUT} mt-1`}
            {...register("title")}
          />
        </label>
      </div>
      {shortcutError ? (
        <p id={`snippet-shortcut-${id}-error`} className="text-xs text-red-700">
          {shortcutError}
        </p>
      ) : (
        <p id={`snippet-hint-${id}`} className="text-xs text-slate-600">
          {ts.shortcutHint}
        </p>
      )}
      <label className="block text-xs font-medium text-slate-700" htmlFor={`snippet-text-${id}`}>
        {ts.text}
        <textarea
          id={`snippet-text-${id}`}
          rows={4}
          maxLength={5000}
          aria-invalid={textError ? true : undefined}
          className={`${INPUT} mt-1`}
          {...register("text")}
        />
      </label>
      <FormAlert message={errors.root?.message ?? titleError ?? textError} className="text-sm text-red-700" />
      <div className="flex gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {ts.save}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {ts.cancel}
        </Button>
      </div>
    </form>
  );
}
