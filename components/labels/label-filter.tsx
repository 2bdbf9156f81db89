"use client";

import Link from "next/link";
import { useSafetyNetInterval } from "@/components/inbox/live-stream";
import { useInboxParams } from "@/components/inbox/use-inbox-params";
import { LabelDot } from "@/components/labels/label-chip";
import { useLabels } from "@/components/labels/use-labels";
import { useI18n } from "@/components/providers";

/** The filter pane's labels: each filters the list, with its count of open chats. */
export function LabelFilter({ itemClass }: { itemClass: (active: boolean) => string }) {
  const { t, fmt } = useI18n();
  const { params, update } = useInboxParams();
  const labels = useLabels({ refetchInterval: useSafetyNetInterval() });
  const list = labels.data?.labels ?? [];
  return (
    <div>
      <h2 id="inbox-labels-heading" className="px-2 pb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">
        {t.ops.labels.heading}
      </h2>
      <ul aria-labelledby="inbox-labels-heading">
        {list.length ? (
          <li>
            <button
              type="button"
              aria-pressed={!params.label}
              className={itemClass(!params.label)}
              onClick={() => update({ label: undefined, chat: undefined })}
            >
              {t.ops.labels.filterAll}
            </button>
          </li>
        ) : null}
        {list.map((label) => (
          <li key={label.id}>
            <button
              type="button"
              aria-pressed={params.label === label.id}
              aria-describedby={label.openChats ? `label-count-${label.id}` : undefined}
              className={itemClass(params.label === label.id)}
              onClick={() => update({ label: params.label === label.id ? undefined : label.id, chat: undefined })}
              data-testid="label-filter"
            >
              <LabelDot color={label.color} />
              <span className="truncate" data-user-content>
                {label.name}
              </span>
              {label.openChats ? (
                <>
                  <span
                    aria-hidden
                    className="ml-auto rounded-full bg-slate-200 px-1.5 text-xs font-medium text-slate-800"
                  >
                    {label.openChats}
                  </span>
                  <span id={`label-count-${label.id}`} hidden>
                    {fmt(t.ops.labels.openCount, { n: label.openChats })}
                  </span>
                </>
              ) : null}
            </button>
          </li>
        ))}
        <li>
          <Link href="/settings/labels" className="block px-2 py-1 text-xs text-brand-700 hover:underline">
            {t.ops.labels.manage}
          </Link>
        </li>
      </ul>
    </div>
  );
}
