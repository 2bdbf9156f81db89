"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import type { z } from "zod";
import { api, ApiError } from "@/components/api/client";
import { fieldErrorText } from "@/components/api/form-errors";
import { useSettingsForm } from "@/components/api/use-settings-form";
import { queryFamilies, queryKeys } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { SaveBar } from "@/components/ui/save-bar";
import { businessHoursInputSchema, type BusinessHoursInput } from "@/lib/reports/business-hours";
import { timeZoneOptions } from "@/lib/reports/time-zone-options";
import { formatCalendarDay } from "@/lib/i18n/intl-format";

type Values = z.input<typeof businessHoursInputSchema>;
type Day = NonNullable<NonNullable<Values["weekly"]>[number]>;
const WORKDAY: Day = { start: "09:00", end: "18:00", breaks: [{ start: "13:00", end: "14:00" }] };
const DEFAULT_WEEK = [WORKDAY, WORKDAY, WORKDAY, WORKDAY, WORKDAY, null, null];
const TIME = "w-28 rounded-md border border-slate-300 px-2 py-1 disabled:bg-slate-50";
const dirty = { shouldDirty: true };

/** Business hours (days, hours, one break a day, days off), the time zone and the SLA option. */
export function BusinessHoursForm({ canEdit }: { canEdit: boolean }) {
  const current = useQuery({
    queryKey: queryKeys.businessHours(),
    queryFn: ({ signal }) => api<BusinessHoursInput>("/api/reports/settings", { signal }),
  });
  return current.data ? <HoursForm hours={current.data} canEdit={canEdit} /> : null;
}

function HoursForm({ hours, canEdit }: { hours: BusinessHoursInput; canEdit: boolean }) {
  const { t, locale } = useI18n();
  const h = t.reports.hours;
  const qc = useQueryClient();
  const [dayOff, setDayOff] = useState("");
  const zones = useMemo(
    () => (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []),
    [],
  );
  const {
    register,
    setValue,
    trigger,
    control,
    onSubmit,
    bar,
    formState: { errors },
  } = useSettingsForm<Values, BusinessHoursInput>({
    resolver: zodResolver(businessHoursInputSchema),
    // A day's times are checked as they change.
    mode: "onChange",
    values: hours,
    url: "/api/reports/settings",
    queryKey: queryKeys.businessHours(),
    texts: { reasons: { bad_request: h.invalid }, fields: { timeZone: h.unknownZone } },
    refusal: (error, setError) => {
      if (!(error instanceof ApiError && error.reason === "unknown_time_zone")) return false;
      setError("timeZone", { type: "server", message: h.unknownZone });
      return true;
    },
    // The team's figures are counted in these hours.
    onSaved: () => void qc.invalidateQueries({ queryKey: queryFamilies.teamReports }),
  });
  const draft = useWatch({ control }) as Values;
  const week = draft.weekly ?? null;
  const daysOff = draft.daysOff ?? [];
  // A day's rules (start before end, the break inside the day) are the day's: re-check the week on each change.
  const setWeek = (...args: Parameters<typeof setValue>) => {
    setValue(...args);
    void trigger("weekly");
  };

  const zoneError = fieldErrorText(errors.timeZone, { t, own: h.unknownZone });
  const dayInvalid = (week ?? []).some((_, i) => errors.weekly?.[i]);
  return (
    <form className="space-y-4" noValidate onSubmit={onSubmit}>
      <fieldset disabled={!canEdit} className="space-y-4">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{h.timeZone}</span>
          <select
            className="w-72 rounded-md border border-slate-300 px-2 py-1"
            aria-invalid={zoneError ? true : undefined}
            {...register("timeZone")}
          >
            {timeZoneOptions({ zones, current: draft.timeZone ?? hours.timeZone, locale }).map((z) => (
              <option key={z.value} value={z.value}>
                {z.label}
              </option>
            ))}
          </select>
          {zoneError ? <span className="text-xs text-red-700">{zoneError}</span> : null}
        </label>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            checked={week !== null}
            onChange={(e) => setWeek("weekly", e.target.checked ? DEFAULT_WEEK : null, dirty)}
          />
          {h.enabled}
        </label>
        {week ? (
          <div className="space-y-2" data-testid="business-week">
            {week.map((day, i) => (
              <div
                key={i}
                className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm"
                aria-invalid={errors.weekly?.[i] ? true : undefined}
              >
                <label className="flex w-full items-center gap-2 sm:w-40">
                  <input
                    type="checkbox"
                    checked={!!day}
                    onChange={(e) => setWeek(`weekly.${i}`, e.target.checked ? WORKDAY : null, dirty)}
                  />
                  {h.weekdays[i]}
                </label>
                {day ? (
                  <>
                    <span className="flex items-center gap-2">
                      <span>{h.from}</span>
                      <input
                        type="time"
                        aria-label={`${h.weekdays[i]}: ${h.from}`}
                        className={TIME}
                        {...register(`weekly.${i}.start`, { deps: "weekly" })}
                      />
                      <span>{h.to}</span>
                      <input
                        type="time"
                        aria-label={`${h.weekdays[i]}: ${h.to}`}
                        className={TIME}
                        {...register(`weekly.${i}.end`, { deps: "weekly" })}
                      />
                    </span>
                    <span className="flex items-center gap-2">
                      <span>{h.breakFrom}</span>
                      <input
                        type="time"
                        aria-label={`${h.weekdays[i]}: ${h.breakFrom}`}
                        className={TIME}
                        value={day.breaks?.[0]?.start ?? ""}
                        onChange={(e) =>
                          setWeek(
                            `weekly.${i}.breaks`,
                            e.target.value
                              ? [{ start: e.target.value, end: day.breaks?.[0]?.end ?? e.target.value }]
                              : [],
                            dirty,
                          )
                        }
                      />
                      <span>{h.breakTo}</span>
                      <input
                        type="time"
                        aria-label={`${h.weekdays[i]}: ${h.breakFrom} ${h.breakTo}`}
                        className={TIME}
                        value={day.breaks?.[0]?.end ?? ""}
                        disabled={!day.breaks?.[0]}
                        onChange={(e) => setWeek(`weekly.${i}.breaks.0.end`, e.target.value, dirty)}
                      />
                    </span>
                  </>
                ) : (
                  <span className="text-slate-500">{h.dayOff}</span>
                )}
              </div>
            ))}
          </div>
        ) : null}
        <div className="space-y-2 text-sm">
          <p className="font-medium">{h.daysOff}</p>
          {daysOff.length ? null : <p className="text-slate-600">{h.noDaysOff}</p>}
          <ul className="flex flex-wrap gap-2">
            {daysOff.map((d) => (
              <li key={d} className="flex items-center gap-1 rounded bg-slate-100 px-2 py-0.5">
                {formatCalendarDay(d, locale, "longDate")}
                <button
                  type="button"
                  aria-label={`${h.remove} ${d}`}
                  className="text-slate-500 hover:text-red-700"
                  onClick={() =>
                    setValue(
                      "daysOff",
                      daysOff.filter((x) => x !== d),
                      dirty,
                    )
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="flex items-center gap-2">
            <input
              type="date"
              aria-label={h.daysOff}
              className="rounded-md border border-slate-300 px-2 py-1"
              value={dayOff}
              onChange={(e) => setDayOff(e.target.value)}
            />
            <Button
              type="button"
              variant="secondary"
              disabled={!dayOff}
              onClick={() => (setValue("daysOff", [...new Set([...daysOff, dayOff])].sort(), dirty), setDayOff(""))}
            >
              {h.addDayOff}
            </Button>
          </div>
        </div>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" {...register("slaBusinessHours")} />
          {h.slaOption}
        </label>
      </fieldset>
      {canEdit ? (
        <SaveBar words={h} {...bar} disabled={dayInvalid}>
          {dayInvalid ? <span className="text-sm text-amber-800">{h.invalid}</span> : null}
        </SaveBar>
      ) : (
        <p className="text-sm text-amber-800">{h.ownerOnly}</p>
      )}
    </form>
  );
}
