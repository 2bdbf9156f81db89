"use client";

import { api } from "@/components/api/client";
import { queryFamilies, queryKeys } from "@/components/inbox/inbox-queries";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { setApiErrors } from "@/components/api/form-errors";
import { LabelChip, LabelDot } from "@/components/labels/label-chip";
import { useLabels, type WorkspaceLabel } from "@/components/labels/use-labels";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { LABEL_COLORS, labelInputSchema, type LabelInput } from "@/lib/labels/label-schema";

const INPUT =
  "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-500 focus:outline-none";

/** Owners add, rename, recolour and delete the workspace's labels; operators see them. */
export function LabelSettings({ canEdit }: { canEdit: boolean }) {
  const { t, fmt } = useI18n();
  const labels = useLabels();
  const [editing, setEditing] = useState<string | null>(null);
  const list = labels.data?.labels ?? [];
  return (
    <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
      {canEdit ? <LabelForm key="new" onDone={() => undefined} /> : null}
      {labels.isSuccess && !list.length ? <p className="text-sm text-slate-600">{t.ops.labels.empty}</p> : null}
      <ul className="divide-y divide-slate-100" data-testid="label-settings-list">
        {list.map((label) => (
          <li key={label.id} className="flex flex-wrap items-center gap-3 py-2">
            {editing === label.id ? (
              <LabelForm label={label} onDone={() => setEditing(null)} />
            ) : (
              <>
                <LabelChip name={label.name} color={label.color} />
                <span className="text-xs text-slate-600">{fmt(t.ops.labels.openCount, { n: label.openChats })}</span>
                {canEdit ? (
                  <span className="ml-auto flex gap-1">
                    <Button variant="ghost" onClick={() => setEditing(label.id)}>
                      {t.ops.labels.edit}
                    </Button>
                    <DeleteLabel label={label} />
                  </span>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function LabelForm({ label, onDone }: { label?: WorkspaceLabel; onDone: () => void }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<LabelInput>({
    resolver: zodResolver(labelInputSchema),
    defaultValues: { name: label?.name ?? "", color: label?.color ?? "blue" },
  });
  const color = useWatch({ control, name: "color" });
  async function save(input: LabelInput) {
    try {
      await api(label ? `/api/labels/${label.id}` : "/api/labels", { method: label ? "PUT" : "POST", body: input });
    } catch (error) {
      return setApiErrors(error, setError, {
        t,
        locale,
        fields: { name: t.ops.labels.invalid },
        reasons: { label_taken: t.ops.labels.taken },
      });
    }
    void qc.invalidateQueries({ queryKey: queryKeys.labels() });
    void qc.invalidateQueries({ queryKey: queryFamilies.chatLists });
    if (!label) reset();
    onDone();
  }
  const id = label ? `label-${label.id}` : "label-new";
  return (
    <form className="flex w-full flex-wrap items-end gap-2" noValidate onSubmit={(e) => void handleSubmit(save)(e)}>
      <label className="flex min-w-40 flex-1 flex-col gap-1 text-xs text-slate-700" htmlFor={`${id}-name`}>
        {t.ops.labels.name}
        <input
          id={`${id}-name`}
          className={INPUT}
          maxLength={40}
          aria-invalid={errors.name ? true : undefined}
          {...register("name")}
        />
      </label>
      <fieldset className="flex flex-col gap-1 text-xs text-slate-700">
        <legend className="mb-1">{t.ops.labels.color}</legend>
        <div className="flex flex-wrap gap-1">
          {LABEL_COLORS.map((c) => (
            <label
              key={c}
              className={`flex cursor-pointer items-center rounded-full p-1 ring-2 ${color === c ? "ring-brand-600" : "ring-transparent"}`}
              title={t.ops.labels.colors[c]}
            >
              <input type="radio" value={c} {...register("color")} className="sr-only" />
              <LabelDot color={c} />
              <span className="sr-only">{t.ops.labels.colors[c]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={isSubmitting}>
        {label ? t.ops.labels.save : t.ops.labels.add}
      </Button>
      {label ? (
        <Button type="button" variant="ghost" onClick={onDone}>
          {t.ops.labels.cancel}
        </Button>
      ) : null}
      {errors.name || errors.root ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {errors.name
            ? errors.name.type === "too_small"
              ? t.ops.labels.nameRequired
              : t.ops.labels.invalid
            : errors.root?.message}
        </p>
      ) : null}
    </form>
  );
}

function DeleteLabel({ label }: { label: WorkspaceLabel }) {
  const { t, fmt } = useI18n();
  const qc = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api(`/api/labels/${label.id}`, { method: "DELETE" }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.labels() });
      void qc.invalidateQueries({ queryKey: queryFamilies.chatLists });
    },
  });
  return (
    <Button
      variant="dangerGhost"
      disabled={remove.isPending}
      onClick={() => window.confirm(fmt(t.ops.labels.deleteConfirm, { name: label.name })) && remove.mutate()}
    >
      {t.ops.labels.delete}
    </Button>
  );
}
