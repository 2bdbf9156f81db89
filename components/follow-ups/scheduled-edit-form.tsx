"use client";

import { useForm, useWatch } from "react-hook-form";
import { fieldErrorText } from "@/components/api/form-errors";
import { routeBodyResolver } from "@/components/api/route-body-resolver";
import { setScheduleErrors } from "@/components/follow-ups/schedule-errors";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { localInstant, toLocalInput } from "@/components/ui/local-date-time";
import { scheduleUpdateSchema, type ScheduleUpdate } from "@/lib/follow-ups/schedule-input";

type Values = { text: string; sendAt: string };

// The typed local time is sent as the instant the route takes, and judged by the route's schema.
const resolver = routeBodyResolver<Values, typeof scheduleUpdateSchema>(scheduleUpdateSchema, (v) => ({
  text: v.text,
  sendAt: localInstant(v.sendAt),
}));

/** Edits a waiting message's text and time; a refusal stays on its field with what was typed. */
export function ScheduledEditForm({
  id,
  text,
  sendAt,
  busy,
  onSave,
  onClose,
}: {
  id: string;
  text: string;
  sendAt: string;
  busy: boolean;
  onSave: (update: ScheduleUpdate) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const ts = t.followUps.schedule;
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, ScheduleUpdate>({
    resolver,
    defaultValues: { text, sendAt: toLocalInput(sendAt) },
  });
  const typed = useWatch({ control, name: "text" });

  async function save(update: ScheduleUpdate) {
    try {
      await onSave(update);
      onClose();
    } catch (error) {
      setScheduleErrors(error, setError, { t, locale, timeField: "sendAt" });
    }
  }
  const textError = fieldErrorText(errors.text, { t });
  const timeError = fieldErrorText(errors.sendAt, { t, own: ts.timeInvalid });
  return (
    <form className="mt-2 space-y-2" noValidate onSubmit={(e) => void handleSubmit(save)(e)}>
      <textarea
        aria-label={ts.text}
        rows={3}
        aria-invalid={textError ? true : undefined}
        aria-describedby={textError ? `scheduled-${id}-text-error` : undefined}
        className="block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
        {...register("text")}
      />
      {textError ? (
        <p id={`scheduled-${id}-text-error`} className="text-xs text-red-700">
          {textError}
        </p>
      ) : null}
      <input
        aria-label={ts.modeAt}
        type="datetime-local"
        aria-invalid={timeError ? true : undefined}
        aria-describedby={timeError ? `scheduled-${id}-time-error` : undefined}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
        {...register("sendAt")}
      />
      {timeError ? (
        <p id={`scheduled-${id}-time-error`} className="text-xs text-red-700">
          {timeError}
        </p>
      ) : null}
      <FormAlert message={errors.root?.message} className="text-xs text-red-700" />
      <div className="flex gap-2">
        <Button type="submit" disabled={busy || isSubmitting || !typed.trim()}>
          {t.followUps.list.save}
        </Button>
        <Button type="button" variant="ghost" onClick={onClose}>
          {ts.cancel}
        </Button>
      </div>
    </form>
  );
}
