"use client";

import { apiErrorText } from "@/components/api/error-text";
import { api } from "@/components/api/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ProviderKeys } from "@/components/review-requests/provider-keys";
import { TemplateEditor } from "@/components/review-requests/template-editor";
import type { Channel } from "@/lib/notify/channel";
import type { ReviewSettingsView } from "@/lib/review-requests/get-review-settings";
import type { CredentialField } from "@/lib/review-requests/review-config";

type Draft = Omit<ReviewSettingsView, "credentials" | "configuredChannels" | "problems" | "defaultTemplates" | "workspaceName"> & {
  credentials: Partial<Record<CredentialField, string>>;
};

function draftOf(view: ReviewSettingsView): Draft {
  const { credentials: _c, configuredChannels: _cc, problems: _p, defaultTemplates: _d, workspaceName: _w, ...rest } = view;
  return { ...rest, credentials: {} };
}

export function ReviewSettingsForm() {
  const { t, locale, fmt } = useI18n();
  const tr = t.reviews.settings;
  const queryClient = useQueryClient();
  const { data: view } = useQuery({ queryKey: queryKeys.reviewSettings(), queryFn: () => api<ReviewSettingsView>("/api/review-settings") });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [previewName, setPreviewName] = useState("Иван");
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- seeds the form from the server's copy when it arrives or changes; edits stay local until saved
    if (view) setDraft(draftOf(view));
  }, [view]);

  const save = useMutation({
    mutationFn: (body: Draft) => api<ReviewSettingsView>("/api/review-settings", { method: "PUT", body: body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.reviewSettings(), saved);
      setStatus({ ok: true, text: tr.saved });
    },
    onError: (e) => setStatus({ ok: false, text: apiErrorText(e, { t, locale }) }),
  });

  if (!view || !draft) return <p className="text-sm text-slate-500">{t.inbox.loading}</p>;
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const move = (index: number, by: -1 | 1) => {
    const order = [...draft.channelOrder];
    const [channel] = order.splice(index, 1);
    order.splice(index + by, 0, channel!);
    set({ channelOrder: order });
  };
  const allChannels: Channel[] = ["sms", "whatsapp", "email"];

  return (
    <form
      className="space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        setStatus(null);
        save.mutate(draft);
      }}
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{tr.channels}</legend>
        <p className="text-xs text-slate-500">{tr.channelsHint}</p>
        <ol className="space-y-1">
          {draft.channelOrder.map((channel, index) => (
            <li key={channel} className="flex items-center gap-2 text-sm">
              <span className="w-6 text-slate-500">{index + 1}.</span>
              <span className="w-24 font-medium">{t.reviews.channel[channel]}</span>
              <Button type="button" variant="ghost" className="px-2 py-0.5 text-xs" disabled={index === 0} onClick={() => move(index, -1)}>
                ↑ {tr.up}
              </Button>
              <Button type="button" variant="ghost" className="px-2 py-0.5 text-xs" disabled={index === draft.channelOrder.length - 1} onClick={() => move(index, 1)}>
                ↓ {tr.down}
              </Button>
              {draft.channelOrder.length > 1 ? (
                <button type="button" className="text-xs text-red-600 hover:underline" onClick={() => set({ channelOrder: draft.channelOrder.filter((c) => c !== channel) })}>
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        {allChannels
          .filter((channel) => !draft.channelOrder.includes(channel))
          .map((channel) => (
            <Button key={channel} type="button" variant="secondary" className="mr-2 px-2 py-1 text-xs" onClick={() => set({ channelOrder: [...draft.channelOrder, channel] })}>
              + {t.reviews.channel[channel]}
            </Button>
          ))}
        <p className="text-xs" data-testid="configured-channels">
          {view.configuredChannels.length > 0 ? (
            <span className="text-green-700">
              {tr.configured}: {view.configuredChannels.map((c) => t.reviews.channel[c]).join(", ")}
            </span>
          ) : (
            <span className="text-amber-700">{tr.noneConfigured}</span>
          )}
        </p>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="rr-delay" type="number" min={0} max={10080} label={tr.delay} value={draft.delayMinutes} onChange={(e) => set({ delayMinutes: Number(e.target.value) })} />
        <Field id="rr-frequency" type="number" min={0} max={365} label={tr.frequency} value={draft.frequencyDays} onChange={(e) => set({ frequencyDays: Number(e.target.value) })} />
        <div className="space-y-1">
          <span className="block text-sm font-medium text-slate-700">{tr.quietHours}</span>
          <div className="flex items-center gap-2 text-sm">
            {tr.from}
            <input aria-label={`${tr.quietHours} ${tr.from}`} type="time" value={draft.quietHours.start} onChange={(e) => set({ quietHours: { ...draft.quietHours, start: e.target.value } })} className="rounded-md border border-slate-300 px-2 py-1.5" />
            {tr.to}
            <input aria-label={`${tr.quietHours} ${tr.to}`} type="time" value={draft.quietHours.end} onChange={(e) => set({ quietHours: { ...draft.quietHours, end: e.target.value } })} className="rounded-md border border-slate-300 px-2 py-1.5" />
          </div>
        </div>
        <Field id="rr-timezone" label={tr.timeZone} list="rr-timezones" value={draft.timeZone} onChange={(e) => set({ timeZone: e.target.value })} />
        <datalist id="rr-timezones">
          {["Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka"].map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <Field id="rr-business" label={tr.businessName} hint={`${tr.businessNameHint}: ${view.workspaceName}`} value={draft.businessName} onChange={(e) => set({ businessName: e.target.value })} />
        <Field id="rr-link" type="url" required label={tr.reviewLink} hint={tr.reviewLinkHint} placeholder="https://" value={draft.reviewLink} onChange={(e) => set({ reviewLink: e.target.value })} />
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{tr.templates}</legend>
        <div className="max-w-xs">
          <Field id="rr-preview-name" label={tr.previewName} value={previewName} onChange={(e) => setPreviewName(e.target.value)} />
        </div>
        <TemplateEditor
          templates={draft.templates}
          defaults={view.defaultTemplates}
          variables={{ customerName: previewName || undefined, businessName: draft.businessName || view.workspaceName, reviewLink: draft.reviewLink || undefined }}
          onChange={(templates) => set({ templates })}
        />
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{tr.providers}</legend>
        <p className="text-xs text-slate-500">{tr.providersHint}</p>
        {view.problems.map((problem, i) => (
          <p key={i} className="text-xs text-amber-700">
            {problem.code === "missing_keys" ? fmt(tr.problems.missing_keys, { provider: problem.provider, fields: problem.fields.join(", ") }) : tr.problems.unreadable_keys}
          </p>
        ))}
        <ProviderKeys
          stored={view.credentials}
          edits={draft.credentials}
          onEdit={(field, value) => set({ credentials: { ...draft.credentials, [field]: value } })}
        />
      </fieldset>

      <div className="flex items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {tr.save}
        </Button>
        {status ? (
          <p role={status.ok ? "status" : "alert"} className={`text-sm ${status.ok ? "text-green-700" : "text-red-600"}`}>
            {status.text}
          </p>
        ) : null}
      </div>
    </form>
  );
}
