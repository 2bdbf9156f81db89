"use client";

import { apiErrorText } from "@/components/api/error-text";
import { api } from "@/components/api/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { inboxQueries, queryKeys } from "@/components/inbox/inbox-queries";
import type { Me, SnippetList } from "@/components/inbox/types";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

type Snippet = SnippetList["snippets"][number];
type Draft = { id?: string; shortcut: string; title: string; text: string };
const EMPTY: Draft = { shortcut: "", title: "", text: "" };
const INPUT = "block w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none";

/** Saved replies: everyone sees them (the composer inserts them with "/"), owners add, edit and delete. */
export function SnippetsDialog({ open, onClose, me }: { open: boolean; onClose: () => void; me: Me }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  // The same query as the composer's "/" menu (components/inbox/composer-snippets.tsx).
  const snippets = useQuery({ ...inboxQueries.snippets(), enabled: open });
  const [draft, setDraft] = useState<Draft | null>(null);
  const owner = me.role === "OWNER";
  const save = useMutation({
    mutationFn: (d: Draft) =>
      api<Snippet>(d.id ? `/api/snippets/${d.id}` : "/api/snippets", {
        method: d.id ? "PUT" : "POST",
        body: { shortcut: d.shortcut, title: d.title, text: d.text },
      }),
    onSuccess: () => {
      setDraft(null);
      void qc.invalidateQueries({ queryKey: queryKeys.snippets() });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/api/snippets/${id}`, { method: "DELETE" }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.snippets() }),
  });
  const list = snippets.data?.snippets ?? [];
  return (
    <Dialog open={open} onClose={onClose} title={t.inbox.snippets.title} closeLabel={t.inbox.snippets.close} wide>
      <p className="mb-1 text-sm text-slate-600">{t.inbox.snippets.intro}</p>
      <p className="mb-3 text-xs text-slate-600">{t.ops.snippetVars.help}</p>
      {!owner ? <p className="mb-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t.inbox.snippets.ownersOnly}</p> : null}
      {snippets.isPending ? <p className="text-sm text-slate-600">{t.inbox.loading}</p> : null}
      {snippets.isSuccess && list.length === 0 ? <p className="text-sm text-slate-600">{t.inbox.snippets.none}</p> : null}
      <ul className="divide-y divide-slate-200" data-testid="snippet-list">
        {list.map((s) =>
          draft?.id === s.id ? (
            <li key={s.id} className="py-3">
              <SnippetForm draft={draft} onChange={setDraft} onCancel={() => setDraft(null)} onSubmit={() => save.mutate(draft)} error={save.error ? apiErrorText(save.error, { t, locale }) : undefined} busy={save.isPending} />
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
                  <Button variant="ghost" onClick={() => setDraft({ ...s })} aria-label={`${t.inbox.snippets.edit}: /${s.shortcut}`}>
                    {t.inbox.snippets.edit}
                  </Button>
                  <Button variant="ghost" className="text-red-700" onClick={() => remove.mutate(s.id)} aria-label={`${t.inbox.snippets.delete}: /${s.shortcut}`}>
                    {t.inbox.snippets.delete}
                  </Button>
                </div>
              ) : null}
            </li>
          ),
        )}
      </ul>
      {owner ? (
        draft && !draft.id ? (
          <div className="mt-3 border-t border-slate-200 pt-3">
            <SnippetForm draft={draft} onChange={setDraft} onCancel={() => setDraft(null)} onSubmit={() => save.mutate(draft)} error={save.error ? apiErrorText(save.error, { t, locale }) : undefined} busy={save.isPending} />
          </div>
        ) : (
          <Button className="mt-3" onClick={() => setDraft(EMPTY)}>
            + {t.inbox.snippets.add}
          </Button>
        )
      ) : null}
    </Dialog>
  );
}

function SnippetForm({ draft, onChange, onCancel, onSubmit, error, busy }: { draft: Draft; onChange: (d: Draft) => void; onCancel: () => void; onSubmit: () => void; error?: string; busy: boolean }) {
  const { t } = useI18n();
  const id = draft.id ?? "new";
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div className="grid gap-2 sm:grid-cols-[12rem_1fr]">
        <label className="text-xs font-medium text-slate-700" htmlFor={`snippet-shortcut-${id}`}>
          {t.inbox.snippets.shortcut}
          <input id={`snippet-shortcut-${id}`} required maxLength={32} pattern="[\p{L}\p{N}_\-]+" value={draft.shortcut} onChange={(e) => onChange({ ...draft, shortcut: e.target.value })} className={`${INPUT} mt-1`} aria-describedby={`snippet-hint-${id}`} />
        </label>
        <label className="text-xs font-medium text-slate-700" htmlFor={`snippet-title-${id}`}>
          {t.inbox.snippets.name}
          <input id={`snippet-title-${id}`} required maxLength={100} value={draft.title} onChange={(e) => onChange({ ...draft, title: e.target.value })} className={`${INPUT} mt-1`} />
        </label>
      </div>
      <p id={`snippet-hint-${id}`} className="text-xs text-slate-600">
        {t.inbox.snippets.shortcutHint}
      </p>
      <label className="block text-xs font-medium text-slate-700" htmlFor={`snippet-text-${id}`}>
        {t.inbox.snippets.text}
        <textarea id={`snippet-text-${id}`} required rows={4} maxLength={5000} value={draft.text} onChange={(e) => onChange({ ...draft, text: e.target.value })} className={`${INPUT} mt-1`} />
      </label>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error.startsWith("The shortcut") ? t.inbox.snippets.taken : error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {t.inbox.snippets.save}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {t.inbox.snippets.cancel}
        </Button>
      </div>
    </form>
  );
}
