"use client";

import { useForm } from "react-hook-form";
import { ApiError } from "@/components/api/client";
import { fieldErrorText, setApiErrors } from "@/components/api/form-errors";
import { routeBodyResolver } from "@/components/api/route-body-resolver";
import { useUpdateChat } from "@/components/inbox/use-chat-actions";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { localInstant } from "@/components/ui/local-date-time";
import { chatUpdateSchema, type ChatUpdate } from "@/lib/inbox/chat-update-schema";

type Values = { snoozedUntil: string };

// The typed local time is sent as the instant the route takes, and judged by the route's schema.
const resolver = routeBodyResolver<Values, typeof chatUpdateSchema>(chatUpdateSchema, (v) => ({
  snoozedUntil: localInstant(v.snoozedUntil),
}));

/** The snooze menu's "custom time": snoozes the chat until the typed local time; a refusal stays on the field. */
export function SnoozeCustomForm({ chatId, control, onDone }: { chatId: string; control: string; onDone: () => void }) {
  const { t, locale } = useI18n();
  const ta = t.inbox.actions;
  const update = useUpdateChat(chatId);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, ChatUpdate>({ resolver, defaultValues: { snoozedUntil: "" } });

  async function snooze(change: ChatUpdate) {
    try {
      await update.mutateAsync(change);
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.reason === "snooze_past")
        return setError("snoozedUntil", { type: "server", message: ta.snoozePast });
      setApiErrors(error, setError, { t, locale, fields: { snoozedUntil: ta.snoozeTimeInvalid } });
    }
  }
  const id = `custom-snooze-${chatId}`;
  const error = fieldErrorText(errors.snoozedUntil, { t, own: ta.snoozeTimeInvalid }) ?? errors.root?.message;
  return (
    <form className="mt-2 border-t border-slate-200 pt-2" noValidate onSubmit={(e) => void handleSubmit(snooze)(e)}>
      <div className="flex items-end gap-2">
        <label className="flex-1 text-xs text-slate-700">
          {ta.snoozeCustom}
          <input
            type="datetime-local"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className={`${control} mt-1 w-full`}
            {...register("snoozedUntil")}
          />
        </label>
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {ta.snoozeApply}
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
