"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import type { z } from "zod";
import { api } from "@/components/api/client";
import { fieldErrorText } from "@/components/api/form-errors";
import { useSettingsForm } from "@/components/api/use-settings-form";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";
import { Field } from "@/components/ui/field";
import { SaveBar } from "@/components/ui/save-bar";
import { ChannelOrder } from "@/components/review-requests/channel-order";
import { ProviderKeys } from "@/components/review-requests/provider-keys";
import { TemplateEditor } from "@/components/review-requests/template-editor";
import type { ReviewSettingsView } from "@/lib/review-requests/get-review-settings";
import {
  updateReviewSettingsSchema,
  type UpdateReviewSettingsInput,
} from "@/lib/review-requests/review-settings-schema";

type Saved = z.output<typeof updateReviewSettingsSchema>;

// The form holds what the route takes: secrets start empty (a key is only sent when typed or cleared).
function draftOf(view: ReviewSettingsView): UpdateReviewSettingsInput {
  const { channelOrder, delayMinutes, quietHours, timeZone, frequencyDays, businessName, reviewLink, templates } = view;
  return {
    channelOrder,
    delayMinutes,
    quietHours,
    timeZone,
    frequencyDays,
    businessName,
    reviewLink,
    templates,
    credentials: {},
  };
}

export function ReviewSettingsForm() {
  const { t } = useI18n();
  const { data: view } = useQuery({
    queryKey: queryKeys.reviewSettings(),
    queryFn: () => api<ReviewSettingsView>("/api/review-settings"),
  });
  if (!view) return <p className="text-sm text-slate-500">{t.inbox.loading}</p>;
  return <SettingsForm view={view} />;
}

function SettingsForm({ view }: { view: ReviewSettingsView }) {
  const { t, fmt } = useI18n();
  const tr = t.reviews.settings;
  const [previewName, setPreviewName] = useState("Иван");
  const {
    register,
    setValue,
    control,
    onSubmit,
    bar,
    formState: { errors },
  } = useSettingsForm<UpdateReviewSettingsInput, Saved>({
    resolver: zodResolver(updateReviewSettingsSchema),
    values: draftOf(view),
    url: "/api/review-settings",
    queryKey: queryKeys.reviewSettings(),
    texts: { fields: { reviewLink: tr.reviewLinkInvalid } },
  });
  const draft = useWatch({ control }) as UpdateReviewSettingsInput;
  const channelOrder = draft.channelOrder ?? [];
  const credentials = draft.credentials ?? {};
  const dirty = { shouldDirty: true };

  const error = (name: "delayMinutes" | "frequencyDays" | "timeZone" | "businessName" | "reviewLink", own?: string) =>
    fieldErrorText(errors[name], { t, own });

  return (
    <form className="space-y-6" noValidate onSubmit={onSubmit}>
      <ChannelOrder
        order={channelOrder}
        configured={view.configuredChannels}
        onChange={(order) => setValue("channelOrder", order, dirty)}
      />

      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="rr-delay"
          type="number"
          min={0}
          max={10080}
          label={tr.delay}
          error={error("delayMinutes")}
          {...register("delayMinutes", { valueAsNumber: true })}
        />
        <Field
          id="rr-frequency"
          type="number"
          min={0}
          max={365}
          label={tr.frequency}
          error={error("frequencyDays")}
          {...register("frequencyDays", { valueAsNumber: true })}
        />
        <div className="space-y-1">
          <span className="block text-sm font-medium text-slate-700">{tr.quietHours}</span>
          <div className="flex items-center gap-2 text-sm">
            {tr.from}
            <input
              aria-label={`${tr.quietHours} ${tr.from}`}
              type="time"
              aria-invalid={errors.quietHours?.start ? true : undefined}
              {...register("quietHours.start")}
              className="rounded-md border border-slate-300 px-2 py-1.5"
            />
            {tr.to}
            <input
              aria-label={`${tr.quietHours} ${tr.to}`}
              type="time"
              aria-invalid={errors.quietHours?.end ? true : undefined}
              {...register("quietHours.end")}
              className="rounded-md border border-slate-300 px-2 py-1.5"
            />
          </div>
        </div>
        <Field
          id="rr-timezone"
          label={tr.timeZone}
          list="rr-timezones"
          error={error("timeZone")}
          {...register("timeZone")}
        />
        <datalist id="rr-timezones">
          {[
            "Europe/Kaliningrad",
            "Europe/Moscow",
            "Europe/Samara",
            "Asia/Yekaterinburg",
            "Asia/Omsk",
            "Asia/Novosibirsk",
            "Asia/Krasnoyarsk",
            "Asia/Irkutsk",
            "Asia/Yakutsk",
            "Asia/Vladivostok",
            "Asia/Magadan",
            "Asia/Kamchatka",
          ].map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <Field
          id="rr-business"
          label={tr.businessName}
          hint={`${tr.businessNameHint}: ${view.workspaceName}`}
          error={error("businessName")}
          {...register("businessName")}
        />
        <Field
          id="rr-link"
          type="url"
          required
          label={tr.reviewLink}
          hint={tr.reviewLinkHint}
          placeholder="https://"
          error={error("reviewLink", tr.reviewLinkInvalid)}
          {...register("reviewLink")}
        />
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{tr.templates}</legend>
        <div className="max-w-xs">
          <Field
            id="rr-preview-name"
            label={tr.previewName}
            value={previewName}
            onChange={(e) => setPreviewName(e.target.value)}
          />
        </div>
        <TemplateEditor
          templates={{ ...view.defaultTemplates, ...draft.templates }}
          defaults={view.defaultTemplates}
          variables={{
            customerName: previewName || undefined,
            businessName: draft.businessName || view.workspaceName,
            reviewLink: draft.reviewLink || undefined,
          }}
          errors={Object.fromEntries(
            Object.entries(errors.templates ?? {}).map(([field, e]) => [field, fieldErrorText(e as never, { t })]),
          )}
          onChange={(templates) => setValue("templates", templates, dirty)}
        />
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{tr.providers}</legend>
        <p className="text-xs text-slate-500">{tr.providersHint}</p>
        {view.problems.map((problem, i) => (
          <p key={i} className="text-xs text-amber-700">
            {problem.code === "missing_keys"
              ? fmt(tr.problems.missing_keys, { provider: problem.provider, fields: problem.fields.join(", ") })
              : tr.problems.unreadable_keys}
          </p>
        ))}
        <ProviderKeys
          stored={view.credentials}
          edits={credentials}
          onEdit={(field, value) => setValue("credentials", { ...credentials, [field]: value }, dirty)}
        />
      </fieldset>

      <SaveBar
        words={tr}
        {...bar}
        // A long form: a refused field anywhere in it is said beside the button too.
        error={errors.root?.message ?? (Object.keys(errors).length ? t.errors.invalid : undefined)}
      />
    </form>
  );
}
