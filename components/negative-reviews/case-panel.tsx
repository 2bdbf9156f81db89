"use client";

import { apiErrorText } from "@/components/api/error-text";
import { api } from "@/components/api/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { inboxQueries, queryFamilies } from "@/components/inbox/inbox-queries";
import { SlaBadge } from "@/components/inbox/sla-badge";
import { useNow } from "@/components/inbox/use-now";
import { CaseCountdown } from "@/components/negative-reviews/case-countdown";
import { LinkEditor } from "@/components/negative-reviews/link-editor";
import { useI18n } from "@/components/providers";
import { useSafetyNetInterval } from "@/components/inbox/live-stream";
import { formatDate } from "@/lib/i18n/intl-format";

/** The thread's negative-review strip: state and live timer, first-response SLA and suggestion, link, resolve. */
export function CasePanel({ chatId, onInsert }: { chatId: string; onInsert: (text: string) => void }) {
  const { t, locale, fmt } = useI18n();
  const n = t.negative.panel;
  const qc = useQueryClient();
  const now = useNow(15_000);
  const safetyNet = useSafetyNetInterval();
  const data = useQuery({ ...inboxQueries.negativeCase(chatId), refetchInterval: safetyNet });
  const [suggested, setSuggested] = useState<string | null>(null);
  const kase = data.data?.case;
  const suggest = useMutation({
    mutationFn: () => api<{ text: string }>(`/api/negative-reviews/${kase!.id}/suggestion`, { method: "POST" }),
    onSuccess: (r) => setSuggested(r.text),
  });
  const resolve = useMutation({
    mutationFn: () => api(`/api/negative-reviews/${kase!.id}/resolve`, { method: "POST" }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: inboxQueries.negativeCase(chatId).queryKey });
      void qc.invalidateQueries({ queryKey: queryFamilies.chatLists });
    },
  });
  if (!kase) return null;
  const open = kase.status === "AWAITING_BUYER" || kase.status === "IN_PROGRESS";
  const stars = (r: number) => `${"★".repeat(r)}${"☆".repeat(5 - r)}`;
  const error = suggest.error ?? resolve.error;
  return (
    <section
      data-testid="negative-case"
      aria-label={n.title}
      className="border-b border-rose-200 bg-rose-50/60 px-3 py-2 text-sm md:px-4"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-semibold text-rose-900">{n.title}</span>
        <span
          className="text-amber-700"
          title={
            kase.finalRating
              ? fmt(n.ratingChanged, { from: kase.originalRating, to: kase.finalRating })
              : fmt(n.rating, { from: kase.originalRating })
          }
        >
          {stars(kase.originalRating)}
          {kase.finalRating ? <span className="text-green-700">{` → ${stars(kase.finalRating)}`}</span> : null}
        </span>
        <CaseCountdown kase={kase} now={now} />
        {open && kase.firstResponseDueAt ? (
          <SlaBadge dueAt={kase.firstResponseDueAt} now={now} label={n.firstResponse} />
        ) : null}
        {open ? (
          <button
            type="button"
            className="ml-auto rounded-md bg-rose-700 px-2.5 py-1 text-xs font-medium text-white hover:bg-rose-800 disabled:opacity-60"
            disabled={resolve.isPending}
            onClick={() => resolve.mutate()}
          >
            {resolve.isPending ? n.resolving : n.resolve}
          </button>
        ) : null}
      </div>
      <p className="mt-1 text-xs text-slate-700">
        {!kase.hasHoldWindow
          ? t.negative.noHoldLong
          : kase.status === "AWAITING_BUYER"
            ? n.holdExplain
            : kase.firstBuyerReplyAt && kase.deadlineAt
              ? fmt(n.windowExplain, {
                  time: formatDate(kase.firstBuyerReplyAt, locale, "weekdayDateTime"),
                  deadline: formatDate(kase.deadlineAt, locale, "weekdayDateTime"),
                })
              : null}
        {kase.firstSellerResponseAt
          ? ` ${fmt(n.firstResponseDone, { time: formatDate(kase.firstSellerResponseAt, locale, "weekdayDateTime") })}.`
          : null}
        {kase.resolvedAt
          ? ` ${fmt(kase.resolvedBy?.name ? n.resolvedBy : n.resolvedAt, { time: formatDate(kase.resolvedAt, locale, "weekdayDateTime"), by: kase.resolvedBy?.name ?? "" })}.`
          : null}
        {kase.publishedAt
          ? ` ${fmt(n.publishedAt, { time: formatDate(kase.publishedAt, locale, "weekdayDateTime") })}.`
          : null}
      </p>
      {kase.text ? <p className="mt-1 line-clamp-2 text-xs text-slate-600 italic">«{kase.text}»</p> : null}
      {open && !kase.firstSellerResponseAt ? (
        <div className="mt-1.5">
          {suggested === null ? (
            <button
              type="button"
              data-testid="suggest-first-message"
              className="rounded-md border border-rose-300 bg-white px-2 py-0.5 text-xs text-rose-800 hover:bg-rose-100 disabled:opacity-60"
              disabled={suggest.isPending}
              onClick={() => suggest.mutate()}
            >
              {suggest.isPending ? n.suggesting : n.suggest}
            </button>
          ) : (
            <div className="rounded-md border border-rose-200 bg-white p-2">
              <p className="text-xs whitespace-pre-wrap text-slate-800" data-testid="suggested-message">
                {suggested}
              </p>
              <button
                type="button"
                className="mt-1 rounded-md bg-brand-600 px-2 py-0.5 text-xs font-medium text-white hover:bg-brand-700"
                onClick={() => onInsert(suggested)}
              >
                {n.insert}
              </button>
            </div>
          )}
        </div>
      ) : null}
      {kase.hasHoldWindow ? <LinkEditor data={data.data!} chatId={chatId} /> : null}
      {error ? (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {fmt(n.error, { message: apiErrorText(error, { t, locale }) })}
        </p>
      ) : null}
    </section>
  );
}
