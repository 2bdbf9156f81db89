"use client";

import { api } from "@/components/api/client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";
import type { ReviewEventView } from "@/lib/review-requests/integration-view";
import { formatDate } from "@/lib/i18n/intl-format";

const OUTCOME_STYLE: Record<ReviewEventView["outcome"], string> = {
  QUEUED: "bg-green-100 text-green-800",
  DUPLICATE: "bg-slate-100 text-slate-700",
  SKIPPED: "bg-amber-100 text-amber-800",
  REJECTED: "bg-red-100 text-red-800",
};

/** A reason in the page's language; an old row's text that is not ours is marked as stored. */
function Reason({ text, verbatim }: { text: string; verbatim: boolean }) {
  const { t } = useI18n();
  if (!verbatim) return <>{text}</>;
  return (
    <>
      {t.reviewRequestReasons.verbatim}: <span data-user-content>{text}</span>
    </>
  );
}

/** The integration's last 50 webhook events, refreshed while the page is open. */
export function EventList({ integrationId }: { integrationId: string }) {
  const { t, locale } = useI18n();
  const tr = t.reviews.integrations;
  const { data, isLoading } = useQuery({
    queryKey: queryKeys.reviewIntegrationEvents(integrationId),
    queryFn: () => api<{ events: ReviewEventView[] }>(`/api/review-integrations/${integrationId}/events`),
    refetchInterval: 10_000,
  });
  if (isLoading) return <p className="text-sm text-slate-500">{t.inbox.loading}</p>;
  const events = data?.events ?? [];
  if (events.length === 0) return <p className="text-sm text-slate-500">{tr.noEvents}</p>;
  return (
    <ul
      className="max-h-80 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200"
      data-testid="integration-events"
    >
      {events.map((event) => (
        <li key={event.id} className="space-y-1 px-3 py-2 text-sm" data-testid="integration-event">
          <div className="flex flex-wrap items-center gap-2">
            <time className="text-xs text-slate-500" dateTime={event.receivedAt}>
              {formatDate(event.receivedAt, locale, "moment")}
            </time>
            <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${OUTCOME_STYLE[event.outcome]}`}>
              {tr.outcome[event.outcome]}
            </span>
            {event.isTest ? (
              <span className="rounded bg-sky-100 px-1.5 py-0.5 text-xs text-sky-800">{tr.test}</span>
            ) : null}
          </div>
          {event.reason ? (
            <p className="text-slate-700">
              <Reason text={event.reason} verbatim={event.reasonVerbatim} />
            </p>
          ) : null}
          {event.details.length > 0 ? (
            <ul className="text-xs text-slate-500">
              {event.details.map((detail, i) => (
                <li key={`${detail.sourceEventId ?? ""}-${i}`}>
                  {[detail.sourceEventId, detail.phone].filter(Boolean).join(" · ")}
                  {detail.result !== "queued" && detail.reason ? (
                    <>
                      {detail.sourceEventId || detail.phone ? " · " : null}
                      <Reason text={detail.reason} verbatim={detail.reasonVerbatim} />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
