"use client";

import { apiErrorText } from "@/components/api/error-text";
import { api } from "@/components/api/client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useEffect, useRef, useState } from "react";
import type { FollowUpDraft, ProactiveOptions } from "@/components/follow-ups/types";
import type { FollowUpRuleKind as FollowUpKind } from "@/lib/generated/prisma/enums";
import { toLocalInput } from "@/components/follow-ups/scheduled-item";
import { useI18n } from "@/components/providers";
import { findingText } from "@/lib/ai/finding-text";
import { addLocalDays } from "@/lib/time/zoned-time";
import { Button } from "@/components/ui/button";

const INPUT =
  "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-500 focus:outline-none";

/** "Запланировать": remind in N days or send at a time, text drafted for a follow-up, checked by the server. */
export function ScheduleForm({ chatId, onDone }: { chatId: string; onDone: () => void }) {
  const { t, locale, fmt } = useI18n();
  const ts = t.followUps.schedule;
  const options = useQuery({
    queryKey: queryKeys.chatScheduleOptions(chatId),
    queryFn: () => api<ProactiveOptions>(`/api/chats/${chatId}/scheduled/options`),
  });
  const [mode, setMode] = useState<"days" | "at">("days");
  const [days, setDays] = useState(3);
  const [at, setAt] = useState(() =>
    toLocalInput(addLocalDays({ at: new Date(), days: 1, zone: "local" }).toISOString()),
  );
  const [text, setText] = useState("");
  const [messageType, setMessageType] = useState("");
  const [kind, setKind] = useState<FollowUpKind>("RESOLVED");
  // Counts the operator's edits: a draft replaces the text only if nobody typed while it was being written.
  const edits = useRef(0);
  const draft = useMutation({
    mutationFn: ({ kind: k }: { kind: FollowUpKind; edit: number }) =>
      api<FollowUpDraft>(`/api/chats/${chatId}/scheduled/draft`, { method: "POST", body: { kind: k } }),
    onSuccess: (d, { edit }) => {
      if (edits.current === edit) setText(d.text);
    },
  });
  const requestDraft = (k: FollowUpKind) => draft.mutate({ kind: k, edit: edits.current });
  const allowed = options.data?.allowed;
  // Prefill once from the drafter, as soon as we know the chat takes a follow-up.
  useEffect(() => {
    if (allowed && !text && draft.isIdle) draft.mutate({ kind, edit: edits.current });
  }, [allowed, text, draft, kind]);
  const types = options.data?.messageTypes ?? [];
  const create = useMutation({
    mutationFn: () =>
      api(`/api/chats/${chatId}/scheduled`, {
        method: "POST",
        body: {
          text,
          ...(mode === "days" ? { inDays: days } : { sendAt: new Date(at).toISOString() }),
          ...(types.length ? { amazonMessageType: messageType || types[0] } : {}),
        },
      }),
    onSuccess: onDone,
  });

  if (options.isPending) return <p className="px-3 py-2 text-sm text-slate-600">{t.inbox.loading}</p>;
  if (options.data && !options.data.allowed) {
    return (
      <div
        role="alert"
        className="m-3 rounded-md border border-amber-200 bg-amber-50 p-2 text-sm text-amber-900"
        data-testid="schedule-refused"
      >
        <strong>{ts.notAllowed}:</strong> {locale === "en" ? options.data.refusal?.en : options.data.refusal?.ru}
        <Button type="button" variant="ghost" className="ml-2 px-2 py-0.5 text-xs" onClick={onDone}>
          {ts.cancel}
        </Button>
      </div>
    );
  }
  const findings = draft.data && draft.data.text === text ? draft.data.findings : [];
  return (
    <form
      className="space-y-2 px-3 py-2"
      aria-label={ts.title}
      data-testid="schedule-form"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-1.5">
          <input type="radio" name="schedule-mode" checked={mode === "days"} onChange={() => setMode("days")} />
          {ts.modeDays}
        </label>
        <input
          aria-label={ts.modeDays}
          type="number"
          min={1}
          max={180}
          value={days}
          disabled={mode !== "days"}
          onChange={(e) => setDays(Number(e.target.value))}
          className={`${INPUT} w-20`}
        />
        <span className="text-slate-600">{fmt(ts.days, { n: days })}</span>
        <label className="ml-2 flex items-center gap-1.5">
          <input type="radio" name="schedule-mode" checked={mode === "at"} onChange={() => setMode("at")} />
          {ts.modeAt}
        </label>
        <input
          aria-label={ts.modeAt}
          type="datetime-local"
          value={at}
          disabled={mode !== "at"}
          onChange={(e) => setAt(e.target.value)}
          className={INPUT}
        />
        <label className="flex items-center gap-1.5">
          {ts.kind}
          <select
            value={kind}
            onChange={(e) => {
              // A new reason gets a new draft; the operator's own text is replaced only by a draft they asked for.
              const next = e.target.value as FollowUpKind;
              setKind(next);
              requestDraft(next);
            }}
            className={INPUT}
          >
            {(Object.keys(ts.kinds) as FollowUpKind[]).map((k) => (
              <option key={k} value={k}>
                {ts.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        {types.length ? (
          <label className="flex items-center gap-1.5">
            {ts.amazonType}
            <select value={messageType || types[0]} onChange={(e) => setMessageType(e.target.value)} className={INPUT}>
              {types.map((type) => (
                <option key={type} value={type}>
                  {ts.amazonTypes[type] ?? ts.amazonType}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <textarea
        aria-label={ts.text}
        value={text}
        onChange={(e) => {
          edits.current += 1;
          setText(e.target.value);
        }}
        rows={3}
        className={`${INPUT} block w-full`}
        placeholder={draft.isPending ? ts.drafting : ""}
      />
      {findings.length ? (
        <ul className="text-xs text-amber-800" aria-label={ts.findings}>
          {findings.map((f, i) => (
            <li key={i}>⚠ {findingText(f, locale)}</li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={!text.trim() || create.isPending}>
          {ts.submit}
        </Button>
        <Button type="button" variant="secondary" disabled={draft.isPending} onClick={() => requestDraft(kind)}>
          {draft.isPending ? ts.drafting : ts.draft}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          {ts.cancel}
        </Button>
        {draft.data && draft.data.text === text ? (
          <span className="text-xs text-slate-500">{ts.draftSource[draft.data.source]}</span>
        ) : null}
        {draft.isError ? (
          <span role="alert" className="text-sm text-amber-800" data-testid="draft-error">
            {apiErrorText(draft.error, { t, locale })}
          </span>
        ) : null}
        {create.isError ? (
          <span role="alert" className="text-sm text-red-700">
            {apiErrorText(create.error, { t, locale })}
          </span>
        ) : null}
      </div>
    </form>
  );
}
