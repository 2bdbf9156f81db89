"use client";

import { apiErrorText } from "@/components/api/error-text";
import { api } from "@/components/api/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useState } from "react";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import type { OptOutView } from "@/lib/review-requests/opt-outs";
import { intlLocale } from "@/lib/i18n/intl-locale";

export function OptOutList() {
  const { t, locale } = useI18n();
  const tr = t.reviews.settings;
  const queryClient = useQueryClient();
  const [contact, setContact] = useState("");
  const [error, setError] = useState("");
  const { data } = useQuery({ queryKey: queryKeys.reviewOptOuts(), queryFn: () => api<{ optOuts: OptOutView[] }>("/api/review-opt-outs") });
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.reviewOptOuts() });
  const add = useMutation({
    mutationFn: () => api<OptOutView>("/api/review-opt-outs", { method: "POST", body: { contact } }),
    onSuccess: () => {
      setContact("");
      setError("");
      void refresh();
    },
    onError: (e) => setError(apiErrorText(e, { t, locale })),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/api/review-opt-outs/${id}`, { method: "DELETE" }),
    onSuccess: () => void refresh(),
  });
  const optOuts = data?.optOuts ?? [];
  return (
    <div className="space-y-3">
      <p className="text-xs text-slate-500">{tr.optOutsHint}</p>
      <form
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <input
          aria-label={tr.contact}
          placeholder={tr.contact}
          value={contact}
          onChange={(e) => setContact(e.target.value)}
          className="w-full max-w-xs rounded-md border border-slate-300 px-3 py-2 text-sm"
          required
        />
        <Button type="submit" variant="secondary" disabled={add.isPending}>
          {tr.add}
        </Button>
      </form>
      {error ? (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      ) : null}
      {optOuts.length === 0 ? (
        <p className="text-sm text-slate-500">{tr.optOutsEmpty}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm">
          {optOuts.map((o) => (
            <li key={o.id} className="flex items-center justify-between px-3 py-2">
              <span>
                <span className="font-mono">{o.contact}</span>{" "}
                <span className="text-xs text-slate-500">{new Date(o.createdAt).toLocaleDateString(intlLocale(locale))}</span>
              </span>
              <button type="button" className="text-xs text-red-600 hover:underline" onClick={() => remove.mutate(o.id)}>
                {tr.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
