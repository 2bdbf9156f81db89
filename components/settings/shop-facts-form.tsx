"use client";

import { api, ApiError } from "@/components/api/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { findingText } from "@/lib/ai/finding-text";
import { SHOP_FACT_MAX_CHARS, type ShopFacts } from "@/lib/ai/types";

const KEYS = ["delivery", "sizes", "returns", "other"] as const;
type Key = (typeof KEYS)[number];
type Rejected = { key: Key; findings: { message: string; messageEn?: string; kind?: string; severity?: string; match?: string }[] }[];

function rejectedFacts(error: unknown): Rejected {
  if (!(error instanceof ApiError)) return [];
  const details = error.details as { reason?: string; facts?: Rejected } | undefined;
  return details?.reason === "guardrails" && Array.isArray(details.facts) ? details.facts : [];
}

/** The shop's facts (delivery, sizes, returns, other) the AI drafts rely on; owners edit, others read. */
export function ShopFactsForm({ canEdit }: { canEdit: boolean }) {
  const { t, locale } = useI18n();
  const s = t.aiSettings;
  const qc = useQueryClient();
  const current = useQuery({ queryKey: queryKeys.shopFacts(), queryFn: ({ signal }) => api<ShopFacts>("/api/shop-facts", { signal }) });
  const [draft, setDraft] = useState<ShopFacts | null>(null);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- seeds the form from the server's copy when it arrives or changes; edits stay local until saved
    if (current.data) setDraft(current.data);
  }, [current.data]);
  const save = useMutation({
    mutationFn: (body: ShopFacts) => api<ShopFacts>("/api/shop-facts", { method: "PUT", body: body }),
    onSuccess: (data) => {
      qc.setQueryData(queryKeys.shopFacts(), data);
      setDraft(data);
    },
  });
  if (current.isError) return <p role="alert" className="text-sm text-red-700">{s.loadError}</p>;
  if (!draft) return null;
  const rejected = rejectedFacts(save.error);
  return (
    <form
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4"
      data-testid="shop-facts-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(draft);
      }}
    >
      {KEYS.map((key) => {
        const problems = rejected.find((r) => r.key === key)?.findings ?? [];
        const id = `shop-fact-${key}`;
        return (
          <div key={key} className="space-y-1">
            <label htmlFor={id} className="block text-sm font-medium">
              {s.fields[key].label}
            </label>
            <p id={`${id}-hint`} className="text-xs text-slate-500">
              {s.fields[key].hint}
            </p>
            <textarea
              id={id}
              name={key}
              rows={3}
              maxLength={SHOP_FACT_MAX_CHARS}
              disabled={!canEdit}
              value={draft[key]}
              aria-describedby={`${id}-hint`}
              aria-invalid={problems.length > 0 || undefined}
              onChange={(e) => {
                if (!save.isPending) save.reset();
                setDraft({ ...draft, [key]: e.target.value });
              }}
              className={`block w-full rounded-md border px-3 py-2 text-sm disabled:bg-slate-50 ${problems.length ? "border-red-400" : "border-slate-300"}`}
            />
            <div className="flex flex-wrap justify-between gap-2 text-xs">
              <ul className="text-red-700" data-testid={`${id}-problems`}>
                {problems.map((f, i) => (
                  <li key={i}>{f.match ? `«${f.match.slice(0, 40)}» — ` : ""}{findingText(f, locale)}</li>
                ))}
              </ul>
              <span className="ml-auto text-slate-500">{s.counter.replace("{n}", String([...draft[key]].length)).replace("{limit}", String(SHOP_FACT_MAX_CHARS))}</span>
            </div>
          </div>
        );
      })}
      {canEdit ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? s.saving : s.save}
          </Button>
          <span role="status" className="text-sm">
            {save.isSuccess ? <span className="text-emerald-700">{s.saved}</span> : null}
            {save.isError ? <span className="text-red-700">{rejected.length ? s.rejected : s.error}</span> : null}
          </span>
        </div>
      ) : null}
    </form>
  );
}
