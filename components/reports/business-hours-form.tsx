"use client";

import { api } from "@/components/api/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { queryFamilies, queryKeys } from "@/components/inbox/inbox-queries";

import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import type { BusinessHoursInput } from "@/lib/reports/business-hours-settings";
import { timeZoneOptions } from "@/lib/reports/time-zone-options";
import { intlLocale } from "@/lib/i18n/intl-locale";

type Day = NonNullable<NonNullable<BusinessHoursInput["weekly"]>[number]>;
const WORKDAY: Day = { start: "09:00", end: "18:00", breaks: [{ start: "13:00", end: "14:00" }] };
const DEFAULT_WEEK = [WORKDAY, WORKDAY, WORKDAY, WORKDAY, WORKDAY, null, null];
const TIME = "w-28 rounded-md border border-slate-300 px-2 py-1 disabled:bg-slate-50";

/** Business hours (days, hours, one break a day, days off), the time zone and the SLA option. */
export function BusinessHoursForm({ canEdit }: { canEdit: boolean }) {
  const { t, locale } = useI18n();
  const h = t.reports.hours;
  const qc = useQueryClient();
  const current = useQuery({ queryKey: queryKeys.businessHours(), queryFn: ({ signal }) => api<BusinessHoursInput>("/api/reports/settings", { signal }) });
  const [draft, setDraft] = useState<BusinessHoursInput | null>(null);
  const [dayOff, setDayOff] = useState("");
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- seeds the form from the server's copy when it arrives or changes; edits stay local until saved
    if (current.data) setDraft(current.data);
  }, [current.data]);
  const zones = useMemo(() => (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []), []);
  const save = useMutation({
    mutationFn: (body: BusinessHoursInput) => api<BusinessHoursInput>("/api/reports/settings", { method: "PUT", body: body }),
    onSuccess: (data) => {
      qc.setQueryData(queryKeys.businessHours(), data);
      void qc.invalidateQueries({ queryKey: queryFamilies.teamReports });
    },
  });
  if (!draft) return null;
  const week = draft.weekly;
  const setDay = (i: number, day: Day | null) => setDraft({ ...draft, weekly: (week ?? DEFAULT_WEEK).map((d, j) => (j === i ? day : d)) });
  const invalid = (week ?? []).some((d) => d && (d.start >= d.end || d.breaks.some((b) => b.start >= b.end || b.start < d.start || b.end > d.end)));
  return (
    <form className="space-y-4" onSubmit={(e) => (e.preventDefault(), !invalid && save.mutate(draft))}>
      <fieldset disabled={!canEdit} className="space-y-4">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{h.timeZone}</span>
          <select className="w-72 rounded-md border border-slate-300 px-2 py-1" value={draft.timeZone} onChange={(e) => setDraft({ ...draft, timeZone: e.target.value })}>
            {timeZoneOptions({ zones, current: draft.timeZone, locale }).map((z) => (
              <option key={z.value} value={z.value}>
                {z.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" checked={week !== null} onChange={(e) => setDraft({ ...draft, weekly: e.target.checked ? DEFAULT_WEEK : null })} />
          {h.enabled}
        </label>
        {week ? (
          <div className="space-y-2" data-testid="business-week">
            {week.map((day, i) => (
              <div key={i} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                <label className="flex w-full items-center gap-2 sm:w-40">
                  <input type="checkbox" checked={day !== null} onChange={(e) => setDay(i, e.target.checked ? WORKDAY : null)} />
                  {h.weekdays[i]}
                </label>
                {day ? (
                  <>
                    <span className="flex items-center gap-2">
                      <span>{h.from}</span>
                      <input type="time" aria-label={`${h.weekdays[i]}: ${h.from}`} className={TIME} value={day.start} onChange={(e) => setDay(i, { ...day, start: e.target.value })} />
                      <span>{h.to}</span>
                      <input type="time" aria-label={`${h.weekdays[i]}: ${h.to}`} className={TIME} value={day.end} onChange={(e) => setDay(i, { ...day, end: e.target.value })} />
                    </span>
                    <span className="flex items-center gap-2">
                      <span>{h.breakFrom}</span>
                      <input type="time" aria-label={`${h.weekdays[i]}: ${h.breakFrom}`} className={TIME} value={day.breaks[0]?.start ?? ""} onChange={(e) => setDay(i, { ...day, breaks: e.target.value ? [{ start: e.target.value, end: day.breaks[0]?.end ?? e.target.value }] : [] })} />
                      <span>{h.breakTo}</span>
                      <input type="time" aria-label={`${h.weekdays[i]}: ${h.breakFrom} ${h.breakTo}`} className={TIME} value={day.breaks[0]?.end ?? ""} disabled={!day.breaks[0]} onChange={(e) => day.breaks[0] && setDay(i, { ...day, breaks: [{ start: day.breaks[0].start, end: e.target.value }] })} />
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
          {draft.daysOff.length ? null : <p className="text-slate-600">{h.noDaysOff}</p>}
          <ul className="flex flex-wrap gap-2">
            {draft.daysOff.map((d) => (
              <li key={d} className="flex items-center gap-1 rounded bg-slate-100 px-2 py-0.5">
                {new Date(`${d}T00:00:00`).toLocaleDateString(intlLocale(locale), { day: "numeric", month: "long", year: "numeric" })}
                <button type="button" aria-label={`${h.remove} ${d}`} className="text-slate-500 hover:text-red-700" onClick={() => setDraft({ ...draft, daysOff: draft.daysOff.filter((x) => x !== d) })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="flex items-center gap-2">
            <input type="date" aria-label={h.daysOff} className="rounded-md border border-slate-300 px-2 py-1" value={dayOff} onChange={(e) => setDayOff(e.target.value)} />
            <Button type="button" variant="secondary" disabled={!dayOff} onClick={() => (setDraft({ ...draft, daysOff: [...new Set([...draft.daysOff, dayOff])].sort() }), setDayOff(""))}>
              {h.addDayOff}
            </Button>
          </div>
        </div>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" checked={draft.slaBusinessHours} onChange={(e) => setDraft({ ...draft, slaBusinessHours: e.target.checked })} />
          {h.slaOption}
        </label>
      </fieldset>
      {canEdit ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={save.isPending || invalid}>
            {save.isPending ? h.saving : h.save}
          </Button>
          {invalid ? <span className="text-sm text-amber-800">{h.invalid}</span> : null}
          {save.isSuccess && !save.isPending ? <span className="text-sm text-green-700">{h.saved}</span> : null}
          {save.isError ? <span role="alert" className="text-sm text-red-700">{h.error}</span> : null}
        </div>
      ) : (
        <p className="text-sm text-amber-800">{h.ownerOnly}</p>
      )}
    </form>
  );
}
