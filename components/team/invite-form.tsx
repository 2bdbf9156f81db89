"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { api } from "@/components/api/client";
import { setApiErrors } from "@/components/api/form-errors";
import type { ApiResult } from "@/components/api/types";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { createInvite } from "@/lib/workspace/create-invite";
import { createInviteSchema, type CreateInviteInput } from "@/lib/workspace/invite-schema";

type Invite = ApiResult<typeof createInvite>;

/** An owner invites a member by email; the link is shown too, for when the email does not arrive. */
export function InviteForm() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [result, setResult] = useState<Invite | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateInviteInput>({
    resolver: zodResolver(createInviteSchema),
    defaultValues: { email: "", role: "OPERATOR" },
  });

  async function send(input: CreateInviteInput) {
    setResult(null);
    try {
      setResult(await api<Invite>("/api/invites", { method: "POST", body: input }));
    } catch (error) {
      return setApiErrors(error, setError, { t, locale, fields: { email: t.team.emailInvalid } });
    }
    reset();
    router.refresh();
  }

  return (
    <>
      <form
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
        noValidate
        onSubmit={(e) => void handleSubmit(send)(e)}
      >
        <div className="flex-1">
          <Field
            id="invite-email"
            type="email"
            label={t.team.email}
            aria-invalid={errors.email ? true : undefined}
            {...register("email")}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="invite-role" className="block text-sm font-medium text-slate-700">
            {t.team.role}
          </label>
          <select
            id="invite-role"
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
            {...register("role")}
          >
            <option value="OPERATOR">{t.team.roles.OPERATOR}</option>
            <option value="OWNER">{t.team.roles.OWNER}</option>
          </select>
        </div>
        <Button type="submit" disabled={isSubmitting}>
          {t.team.send}
        </Button>
      </form>
      {errors.email || errors.root ? (
        <p role="alert" className="mt-3 text-sm text-red-600">
          {errors.email ? t.team.emailInvalid : errors.root?.message}
        </p>
      ) : null}
      {result ? (
        <div className="mt-3 space-y-1 text-sm" data-testid="invite-result">
          {result.emailed ? <p className="text-green-700">{t.team.emailed}</p> : null}
          <p>{t.team.linkCreated}</p>
          <input
            readOnly
            value={result.url}
            aria-label={t.team.linkCreated}
            className="w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}
    </>
  );
}
