"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useForm, useWatch } from "react-hook-form";
import { api } from "@/components/api/client";
import { apiErrorText } from "@/components/api/error-text";
import { fieldErrorText } from "@/components/api/form-errors";
import { routeBodyResolver } from "@/components/api/route-body-resolver";
import { setScheduleErrors } from "@/components/follow-ups/schedule-errors";
import type { FollowUpDraft, ProactiveOptions } from "@/components/follow-ups/types";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { localInstant, toLocalInput } from "@/components/ui/local-date-time";
import { findingText } from "@/lib/ai/finding-text";
import { scheduleInputSchema, type ScheduleInput } from "@/lib/follow-ups/schedule-input";
import type { FollowUpRuleKind as FollowUpKind } from "@/lib/generated/prisma/enums";
import { addLocalDays } from "@/lib/time/zoned-time";

const INPUT =
  "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-500 focus:outline-none";

type Values = {
  mode: "days" | "at";
  inDays: number;
  sendAt: string;
  text: string;
  amazonMessageType: string;
  /** The reason the drafter writes for; not sent with the message. */
  kind: FollowUpKind;
};

// The route's body from the form: "remind in N days" or the typed local time as an instant, judged by its schema.
const resolver = routeBodyResolver<Values, typeof scheduleInputSchema>(scheduleInputSchema, (v) => ({
  text: v.text,
  ...(v.mode === "days" ? { inDays: v.inDays } : { sendAt: localInstant(v.sendAt) }),
  ...(v.amazonMessageType ? { amazonMessageType: v.amazonMessageType } : {}),
}));

/** "Запланировать": remind in N days or send at a time, text drafted for a follow-up, checked by the server. */
export function ScheduleForm({ chatId, onDone }: { chatId: string; onDone: () => void }) {
  const { t, locale } = useI18n();
  const ts = t.followUps.schedule;
  const options = useQuery({
    queryKey: queryKeys.chatScheduleOptions(chatId),
    queryFn: () => api<ProactiveOptions>(`/api/chats/${chatId}/scheduled/options`),
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
  return <ScheduleFields chatId={chatId} types={options.data?.messageTypes ?? []} onDone={onDone} />;
}

function ScheduleFields({ chatId, types, onDone }: { chatId: string; types: string[]; onDone: () => void }) {
  const { t, locale, fmt } = useI18n();
  const ts = t.followUps.schedule;
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, ScheduleInput>({
    resolver,
    defaultValues: {
      mode: "days",
      inDays: 3,
      sendAt: toLocalInput(addLocalDays({ at: new Date(), days: 1, zone: "local" }).toISOString()),
      text: "",
      amazonMessageType: types[0] ?? "",
      kind: "RESOLVED",
    },
  });
  const [mode, days, text, kind] = useWatch({ control, name: ["mode", "inDays", "text", "kind"] });
  // Counts the operator's edits: a draft replaces the text only if nobody typed while it was being written.
  const edits = useRef(0);
  const draft = useMutation({
    mutationFn: ({ kind: k }: { kind: FollowUpKind; edit: number }) =>
      api<FollowUpDraft>(`/api/chats/${chatId}/scheduled/draft`, { method: "POST", body: { kind: k } }),
    onSuccess: (d, { edit }) => {
      if (edits.current === edit) setValue("text", d.text);
    },
  });
  const requestDraft = (k: FollowUpKind) => draft.mutate({ kind: k, edit: edits.current });
  // Prefill once from the drafter: the chat takes a follow-up, or the form would not be shown.
  useEffect(() => {
    if (!text && draft.isIdle) draft.mutate({ kind, edit: edits.current });
  }, [text, draft, kind]);

  async function schedule(input: ScheduleInput) {
    try {
      await api(`/api/chats/${chatId}/scheduled`, { method: "POST", body: input });
      onDone();
    } catch (error) {
      setScheduleErrors(error, setError, { t, locale, timeField: mode === "days" ? "inDays" : "sendAt" });
    }
  }
  const kindField = register("kind");
  const textField = register("text");
  const daysError = fieldErrorText(errors.inDays, { t, own: ts.daysRange });
  const timeError = fieldErrorText(errors.sendAt, { t, own: ts.timeInvalid });
  const textError = fieldErrorText(errors.text, { t });
  const described = (error: string | undefined, id: string) =>
    error ? { "aria-invalid": true, "aria-describedby": `schedule-${chatId}-${id}` } : {};
  const findings = draft.data && draft.data.text === text ? draft.data.findings : [];
  return (
    <form
      className="space-y-2 px-3 py-2"
      aria-label={ts.title}
      data-testid="schedule-form"
      noValidate
      onSubmit={(e) => void handleSubmit(schedule)(e)}
    >
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-1.5">
          <input type="radio" value="days" {...register("mode")} />
          {ts.modeDays}
        </label>
        <input
          aria-label={ts.modeDays}
          type="number"
          min={1}
          max={180}
          disabled={mode !== "days"}
          className={`${INPUT} w-20`}
          {...described(daysError, "days")}
          {...register("inDays", { valueAsNumber: true })}
        />
        <span className="text-slate-600">{fmt(ts.days, { n: Number.isFinite(days) ? days : 0 })}</span>
        <label className="ml-2 flex items-center gap-1.5">
          <input type="radio" value="at" {...register("mode")} />
          {ts.modeAt}
        </label>
        <input
          aria-label={ts.modeAt}
          type="datetime-local"
          disabled={mode !== "at"}
          className={INPUT}
          {...described(timeError, "time")}
          {...register("sendAt")}
        />
        <label className="flex items-center gap-1.5">
          {ts.kind}
          <select
            className={INPUT}
            {...kindField}
            onChange={(e) => {
              void kindField.onChange(e);
              // A new reason gets a new draft; the operator's own text is replaced only by a draft they asked for.
              requestDraft(e.target.value as FollowUpKind);
            }}
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
            <select className={INPUT} {...register("amazonMessageType")}>
              {types.map((type) => (
                <option key={type} value={type}>
                  {ts.amazonTypes[type] ?? ts.amazonType}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {daysError || timeError ? (
        <p id={`schedule-${chatId}-${daysError ? "days" : "time"}`} className="text-xs text-red-700">
          {daysError ?? timeError}
        </p>
      ) : null}
      <textarea
        aria-label={ts.text}
        rows={3}
        className={`${INPUT} block w-full`}
        placeholder={draft.isPending ? ts.drafting : ""}
        {...described(textError, "text")}
        {...textField}
        onChange={(e) => {
          edits.current += 1;
          void textField.onChange(e);
        }}
      />
      {textError ? (
        <p id={`schedule-${chatId}-text`} className="text-xs text-red-700">
          {textError}
        </p>
      ) : null}
      {findings.length ? (
        <ul className="text-xs text-amber-800" aria-label={ts.findings}>
          {findings.map((f, i) => (
            <li key={i}>⚠ {findingText(f, locale)}</li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={!text.trim() || isSubmitting}>
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
        <FormAlert message={errors.root?.message} className="text-sm text-red-700" />
      </div>
    </form>
  );
}
