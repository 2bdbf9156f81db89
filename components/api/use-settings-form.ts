"use client";

import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useForm, type FieldValues, type Mode, type Resolver, type UseFormSetError } from "react-hook-form";
import { api } from "@/components/api/client";
import { setApiErrors } from "@/components/api/form-errors";
import { useI18n } from "@/components/providers";

type Texts = Omit<Parameters<typeof setApiErrors>[2], "t" | "locale">;

/**
 * A form over a setting the server keeps: checked with the route's schema, PUT to `url` on submit, the
 * route's answer put in the query cache as the new server copy (which replaces the form), a refusal's
 * field issues on their fields and anything else on the form's root. `bar.saved` says the last submit
 * went through and nothing has been changed since.
 */
export function useSettingsForm<Values extends FieldValues, Saved>({
  resolver,
  values,
  url,
  queryKey,
  mode,
  texts,
  refusal,
  onSaved,
}: {
  resolver: Resolver<Values, unknown, Saved>;
  /** The server's copy: the form shows it, and again whenever it changes. */
  values: Values;
  url: string;
  queryKey: QueryKey;
  mode?: Mode;
  /** The form's own words for setApiErrors (its fields, its reasons). */
  texts?: Texts;
  /** A refusal the form words itself (on the field it belongs to); true when it did. */
  refusal?: (error: unknown, setError: UseFormSetError<Values>) => boolean;
  onSaved?: () => void;
}) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const form = useForm<Values, unknown, Saved>({
    resolver,
    mode,
    values,
    resetOptions: { keepIsSubmitSuccessful: true },
  });

  async function save(input: Saved) {
    try {
      qc.setQueryData(queryKey, await api<unknown>(url, { method: "PUT", body: input }));
      onSaved?.();
    } catch (error) {
      if (!refusal?.(error, form.setError)) setApiErrors(error, form.setError, { t, locale, ...texts });
    }
  }

  const { isSubmitSuccessful, isDirty, isSubmitting, errors } = form.formState;
  return {
    ...form,
    onSubmit: (event: FormEvent) => void form.handleSubmit(save)(event),
    /** For the form's SaveBar. */
    bar: { submitting: isSubmitting, saved: isSubmitSuccessful && !isDirty, error: errors.root?.message },
  };
}
