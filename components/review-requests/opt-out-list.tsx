"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { api, ApiError } from "@/components/api/client";
import { apiErrorText } from "@/components/api/error-text";
import { fieldErrorText, setApiErrors } from "@/components/api/form-errors";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { addOptOutSchema, type AddOptOutInput } from "@/lib/review-requests/opt-out-schema";
import type { OptOutView } from "@/lib/review-requests/opt-outs";
import { formatDate } from "@/lib/i18n/intl-format";

export function OptOutList() {
  const { t, locale } = useI18n();
  const tr = t.reviews.settings;
  const queryClient = useQueryClient();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddOptOutInput>({ resolver: zodResolver(addOptOutSchema), defaultValues: { contact: "" } });
  const { data } = useQuery({
    queryKey: queryKeys.reviewOptOuts(),
    queryFn: () => api<{ optOuts: OptOutView[] }>("/api/review-opt-outs"),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.reviewOptOuts() });
  async function add(input: AddOptOutInput) {
    try {
      await api<OptOutView>("/api/review-opt-outs", { method: "POST", body: input });
    } catch (error) {
      // A phone or address the route cannot read is refused with its reason in both languages: it is the contact's.
      if (error instanceof ApiError && error.status === 400 && !error.issues.length)
        return setError("contact", { type: "server", message: apiErrorText(error, { t, locale }) });
      return setApiErrors(error, setError, { t, locale });
    }
    reset();
    void refresh();
  }
  const contactError = fieldErrorText(errors.contact, { t });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/api/review-opt-outs/${id}`, { method: "DELETE" }),
    onSuccess: () => void refresh(),
  });
  const optOuts = data?.optOuts ?? [];
  return (
    <div className="space-y-3">
      <p className="text-xs text-slate-500">{tr.optOutsHint}</p>
      <form className="flex gap-2" noValidate onSubmit={(e) => void handleSubmit(add)(e)}>
        <input
          aria-label={tr.contact}
          placeholder={tr.contact}
          aria-invalid={contactError ? true : undefined}
          aria-describedby={contactError ? "opt-out-contact-error" : undefined}
          className="w-full max-w-xs rounded-md border border-slate-300 px-3 py-2 text-sm"
          {...register("contact")}
        />
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {tr.add}
        </Button>
      </form>
      {contactError || errors.root ? (
        <p id="opt-out-contact-error" role="alert" className="text-sm text-red-600">
          {contactError ?? errors.root?.message}
        </p>
      ) : null}
      {optOuts.length === 0 ? (
        <p className="text-sm text-slate-500">{tr.optOutsEmpty}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm">
          {optOuts.map((o) => (
            <li key={o.id} className="flex items-center justify-between px-3 py-2">
              <span>
                <span className="font-mono">{o.contact}</span>{" "}
                <span className="text-xs text-slate-500">{formatDate(o.createdAt, locale, "date")}</span>
              </span>
              <button
                type="button"
                className="text-xs text-red-600 hover:underline"
                onClick={() => remove.mutate(o.id)}
              >
                {tr.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
