"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { api } from "@/components/api/client";
import { fieldErrorText, setApiErrors } from "@/components/api/form-errors";
import { queryFamilies, queryKeys } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { IngestResult } from "@/lib/review-requests/ingest-webhook";
import { sendTestEventSchema, type SendTestEventInput } from "@/lib/review-requests/test-event-schema";

/** Runs a sample event of the source through the webhook path, to the phone typed here. */
export function TestEventForm({ slug, integrationId }: { slug: string; integrationId: string }) {
  const { t, locale } = useI18n();
  const tr = t.reviews.integrations;
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState("");
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SendTestEventInput>({
    resolver: zodResolver(sendTestEventSchema),
    defaultValues: { phone: "+79991234567" },
  });

  async function send(input: SendTestEventInput) {
    setNotice("");
    try {
      const result = await api<IngestResult>(`/api/review-integrations/${integrationId}/test-event`, {
        method: "POST",
        body: input,
      });
      setNotice(`${tr.testAccepted}: ${result.reason}`);
    } catch (error) {
      return setApiErrors(error, setError, { t, locale });
    }
    void queryClient.invalidateQueries({ queryKey: queryKeys.reviewIntegrationEvents(integrationId) });
    void queryClient.invalidateQueries({ queryKey: queryFamilies.reviewRequests });
  }

  const phoneError = fieldErrorText(errors.phone, { t });
  const id = `test-phone-${slug}`;
  return (
    <form className="flex flex-wrap items-end gap-2" noValidate onSubmit={(e) => void handleSubmit(send)(e)}>
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-700">
          {tr.testPhone}
        </label>
        <input
          id={id}
          aria-invalid={phoneError ? true : undefined}
          aria-describedby={phoneError ? `${id}-error` : undefined}
          className="rounded-md border border-slate-300 px-3 py-2 text-sm"
          {...register("phone")}
        />
        {phoneError ? (
          <p id={`${id}-error`} className="text-xs text-red-600">
            {phoneError}
          </p>
        ) : null}
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {tr.testEvent}
      </Button>
      <p className="w-full text-xs text-slate-500">{tr.testHint}</p>
      {notice ? (
        <p role="status" className="w-full text-sm text-green-700">
          {notice}
        </p>
      ) : null}
      <FormAlert message={errors.root?.message} className="w-full text-sm text-red-600" />
    </form>
  );
}
