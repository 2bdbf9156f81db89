"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { EmailField } from "@/components/auth/email-field";
import { useI18n } from "@/components/providers";
import { api } from "@/components/api/client";
import { setRefusal } from "@/components/auth/refusal-text";
import { FormAlert } from "@/components/ui/form-alert";
import { useHydrated } from "@/components/ui/use-hydrated";
import { requestPasswordResetSchema, type RequestPasswordReset } from "@/lib/account/form-schemas";

export function ForgotPasswordForm() {
  const { t, locale } = useI18n();
  const f = t.security.forgot;
  const hydrated = useHydrated();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isSubmitSuccessful },
  } = useForm<z.input<typeof requestPasswordResetSchema>, unknown, RequestPasswordReset>({
    resolver: zodResolver(requestPasswordResetSchema),
  });

  async function send(input: RequestPasswordReset) {
    try {
      await api("/api/password-reset", { method: "POST", body: input, signInOn401: false });
    } catch (error) {
      setRefusal(error, setError, { t, locale, fields: { email: t.team.emailInvalid } });
    }
  }

  return (
    <div className="space-y-4">
      {isSubmitSuccessful ? (
        <p role="status" className="text-sm text-green-700">
          {f.sent}
        </p>
      ) : (
        <form className="space-y-4" noValidate onSubmit={(e) => void handleSubmit(send)(e)}>
          <p className="text-sm text-slate-600">{f.text}</p>
          <EmailField error={errors.email} {...register("email")} />
          <FormAlert message={errors.root?.message} />
          <Button type="submit" className="w-full" disabled={isSubmitting || !hydrated}>
            {f.submit}
          </Button>
        </form>
      )}
      <p className="text-center text-sm">
        <Link href="/sign-in" className="font-medium text-brand-600 hover:underline">
          {f.back}
        </Link>
      </p>
    </div>
  );
}
