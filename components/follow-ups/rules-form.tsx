"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api, ApiError } from "@/components/api/client";
import { fieldErrorText } from "@/components/api/form-errors";
import { useSettingsForm } from "@/components/api/use-settings-form";
import { queryKeys } from "@/components/inbox/inbox-queries";
import type { FollowUpRule } from "@/components/follow-ups/types";
import { useI18n } from "@/components/providers";
import { SaveBar } from "@/components/ui/save-bar";
import { findingText } from "@/lib/ai/finding-text";
import { followUpRulesUpdateSchema, type FollowUpRulesUpdate } from "@/lib/follow-ups/follow-up-rules-schema";

type Rules = { rules: FollowUpRule[] };
type Values = z.input<typeof followUpRulesUpdateSchema>;

const formValues = (rules: FollowUpRule[]): Values => ({
  rules: rules.map(({ kind, enabled, delayDays, template }) => ({ kind, enabled, delayDays, template })),
});

/** The three automatic rules: on/off, delay, editable template (off by default). */
export function RulesForm({ canEdit }: { canEdit: boolean }) {
  const rules = useQuery({ queryKey: queryKeys.followUpRules(), queryFn: () => api<Rules>("/api/follow-up-rules") });
  return rules.data ? <RulesFields rules={rules.data.rules} canEdit={canEdit} /> : null;
}

function RulesFields({ rules, canEdit }: { rules: FollowUpRule[]; canEdit: boolean }) {
  const { t, locale, fmt } = useI18n();
  const ts = t.followUps.settings;
  const {
    register,
    setValue,
    onSubmit,
    bar,
    formState: { errors },
  } = useSettingsForm<Values, FollowUpRulesUpdate>({
    resolver: zodResolver(followUpRulesUpdateSchema),
    values: formValues(rules),
    url: "/api/follow-up-rules",
    queryKey: queryKeys.followUpRules(),
    // A refused template is its rule's: unknown variables or a guardrail finding, worded here.
    refusal: (error, setError) => {
      if (!(error instanceof ApiError)) return false;
      const details = error.details as { kind?: string; unknownVariables?: string[] };
      const index = rules.findIndex((r) => r.kind === details.kind);
      if (index < 0) return false;
      const message = details.unknownVariables?.length
        ? fmt(ts.unknownVariables, { names: details.unknownVariables.join(", ") })
        : (error.details.findings ?? []).map((f) => findingText(f, locale)).join("; ");
      setError(`rules.${index}.template`, { type: "server", message: message || t.errors.invalid });
      return true;
    },
  });

  return (
    <form className="space-y-4" noValidate onSubmit={onSubmit}>
      <p className="text-xs text-slate-600">{ts.variables}</p>
      {rules.map((rule, i) => {
        const delayError = fieldErrorText(errors.rules?.[i]?.delayDays, { t });
        const templateError = fieldErrorText(errors.rules?.[i]?.template, { t });
        return (
          <fieldset
            key={rule.kind}
            disabled={!canEdit}
            className="space-y-2 rounded-lg border border-slate-200 p-3"
            data-testid={`rule-${rule.kind}`}
          >
            <legend className="px-1 font-medium">{ts.rule[rule.kind].title}</legend>
            <p className="text-xs text-slate-600">{ts.rule[rule.kind].hint}</p>
            <div className="flex flex-wrap items-center gap-4 text-sm">
              <label className="flex items-center gap-2">
                <input type="checkbox" {...register(`rules.${i}.enabled`)} />
                {ts.enabled}
              </label>
              <label className="flex items-center gap-2">
                {ts.delay}
                <input
                  type="number"
                  min={1}
                  max={180}
                  aria-invalid={delayError ? true : undefined}
                  {...register(`rules.${i}.delayDays`, { valueAsNumber: true })}
                  className="w-20 rounded-md border border-slate-300 px-2 py-1"
                />
              </label>
              <button
                type="button"
                className="text-xs text-brand-700 hover:underline"
                onClick={() => setValue(`rules.${i}.template`, rule.defaultTemplate, { shouldDirty: true })}
              >
                {ts.resetTemplate}
              </button>
            </div>
            {delayError ? <p className="text-xs text-red-600">{delayError}</p> : null}
            <label className="block text-sm">
              <span className="sr-only">{`${ts.template}: ${ts.rule[rule.kind].title}`}</span>
              <textarea
                rows={3}
                aria-invalid={templateError ? true : undefined}
                {...register(`rules.${i}.template`)}
                className="block w-full rounded-md border border-slate-300 px-2 py-1.5 font-mono text-xs"
              />
            </label>
            {templateError ? <p className="text-xs text-red-600">{templateError}</p> : null}
          </fieldset>
        );
      })}
      {canEdit ? <SaveBar words={ts} {...bar} /> : null}
    </form>
  );
}
