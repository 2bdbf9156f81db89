"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "@/components/api/client";
import { fieldErrorText } from "@/components/api/form-errors";
import { routeBodyResolver } from "@/components/api/route-body-resolver";
import { useSettingsForm } from "@/components/api/use-settings-form";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";
import { reminderOffsetsSchema, type ReminderOffsets } from "@/lib/negative-reviews/reminder-offsets-schema";

type Values = { reminderOffsetsHours: string };
const FIELD = "reminderOffsetsHours";

// The hours are typed as one list ("48, 24, 6"): each issue of the route's schema, the list's or an
// item's (reminderOffsetsHours.2), belongs to that one field.
const resolver = routeBodyResolver<Values, typeof reminderOffsetsSchema>(reminderOffsetsSchema, (v) => ({
  reminderOffsetsHours: v.reminderOffsetsHours
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number),
}));

/** Owners set how many hours before a negative review's deadline the reminders go out. */
export function ReminderOffsetsForm() {
  const { t } = useI18n();
  const r = t.negative.report;
  const current = useQuery({
    queryKey: queryKeys.negativeSettings(),
    queryFn: ({ signal }) => api<ReminderOffsets>("/api/negative-reviews/settings", { signal }),
  });
  const {
    register,
    onSubmit,
    bar,
    formState: { errors },
  } = useSettingsForm<Values, ReminderOffsets>({
    resolver,
    // The server's copy is deduplicated, latest first.
    values: { reminderOffsetsHours: current.data?.reminderOffsetsHours.join(", ") ?? "" },
    url: "/api/negative-reviews/settings",
    queryKey: queryKeys.negativeSettings(),
    texts: { fields: { [FIELD]: r.settingsInvalid }, fieldOf: () => FIELD },
  });
  const error = fieldErrorText(errors.reminderOffsetsHours, { t, own: r.settingsInvalid });
  return (
    <form
      className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
      noValidate
      onSubmit={onSubmit}
    >
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">{r.settings}</span>
        <input
          className="w-56 rounded border border-slate-300 px-2 py-1"
          aria-describedby={error ? "offsets-hint offsets-error" : "offsets-hint"}
          aria-invalid={error ? true : undefined}
          {...register(FIELD)}
        />
        <span id="offsets-hint" className="text-xs text-slate-500">
          {r.settingsHint}
        </span>
      </label>
      <button
        type="submit"
        className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
        disabled={bar.submitting}
      >
        {r.save}
      </button>
      {bar.saved ? (
        <span role="status" className="text-sm text-green-700">
          {r.saved}
        </span>
      ) : null}
      {error || errors.root ? (
        <span id="offsets-error" role="alert" className="text-sm text-red-700">
          {error ?? errors.root?.message}
        </span>
      ) : null}
    </form>
  );
}
