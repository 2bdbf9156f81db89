"use client";

import { apiErrorText } from "@/components/api/error-text";
import { api } from "@/components/api/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useEffect, useState } from "react";
import type { FollowUpRule } from "@/components/follow-ups/types";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";

/** The three automatic rules: on/off, delay, editable template (off by default). */
export function RulesForm({ canEdit }: { canEdit: boolean }) {
  const { t, locale } = useI18n();
  const ts = t.followUps.settings;
  const qc = useQueryClient();
  const rules = useQuery({ queryKey: queryKeys.followUpRules(), queryFn: () => api<{ rules: FollowUpRule[] }>("/api/follow-up-rules") });
  const [draft, setDraft] = useState<FollowUpRule[]>([]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- seeds the form from the server's copy when it arrives or changes; edits stay local until saved
    if (rules.data) setDraft(rules.data.rules);
  }, [rules.data]);
  const save = useMutation({
    mutationFn: () => api<{ rules: FollowUpRule[] }>("/api/follow-up-rules", { method: "PUT", body: { rules: draft.map((r) => ({ kind: r.kind, enabled: r.enabled, delayDays: r.delayDays, template: r.template })) } }),
    onSuccess: (data) => qc.setQueryData(queryKeys.followUpRules(), data),
  });
  const set = (kind: FollowUpRule["kind"], patch: Partial<FollowUpRule>) => setDraft((list) => list.map((r) => (r.kind === kind ? { ...r, ...patch } : r)));
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <p className="text-xs text-slate-600">{ts.variables}</p>
      {draft.map((rule) => (
        <fieldset key={rule.kind} disabled={!canEdit} className="space-y-2 rounded-lg border border-slate-200 p-3" data-testid={`rule-${rule.kind}`}>
          <legend className="px-1 font-medium">{ts.rule[rule.kind].title}</legend>
          <p className="text-xs text-slate-600">{ts.rule[rule.kind].hint}</p>
          <div className="flex flex-wrap items-center gap-4 text-sm">
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={rule.enabled} onChange={(e) => set(rule.kind, { enabled: e.target.checked })} />
              {ts.enabled}
            </label>
            <label className="flex items-center gap-2">
              {ts.delay}
              <input type="number" min={1} max={180} value={rule.delayDays} onChange={(e) => set(rule.kind, { delayDays: Number(e.target.value) })} className="w-20 rounded-md border border-slate-300 px-2 py-1" />
            </label>
            <button type="button" className="text-xs text-brand-700 hover:underline" onClick={() => set(rule.kind, { template: rule.defaultTemplate })}>
              {ts.resetTemplate}
            </button>
          </div>
          <label className="block text-sm">
            <span className="sr-only">{`${ts.template}: ${ts.rule[rule.kind].title}`}</span>
            <textarea value={rule.template} rows={3} onChange={(e) => set(rule.kind, { template: e.target.value })} className="block w-full rounded-md border border-slate-300 px-2 py-1.5 font-mono text-xs" />
          </label>
        </fieldset>
      ))}
      {canEdit ? (
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={save.isPending || !draft.length}>
            {ts.save}
          </Button>
          {save.isSuccess ? <span className="text-sm text-green-700">{ts.saved}</span> : null}
          {save.isError ? (
            <span role="alert" className="text-sm text-red-700">
              {apiErrorText(save.error, { t, locale })}
            </span>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
