"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { FormAlert } from "@/components/ui/form-alert";
import { useI18n } from "@/components/providers";
import { api, ApiError } from "@/components/api/client";
import { setRefusal } from "@/components/auth/refusal-text";
import { useHydrated } from "@/components/ui/use-hydrated";
import { resetPasswordSchema, type ResetPassword } from "@/lib/account/form-schemas";

export function ResetPasswordForm({ token }: { token: string }) {
  const { t, locale } = useI18n();
  const r = t.security.reset;
  const router = useRouter();
  const hydrated = useHydrated();
  const [invalid, setInvalid] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetPassword>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { token } });

  async function save(input: ResetPassword) {
    try {
      await api("/api/password-reset/confirm", { method: "POST", body: input, signInOn401: false });
      router.replace("/sign-in?reset=1");
    } catch (error) {
      if (error instanceof ApiError && error.reason === "invalid_token") setInvalid(true);
      else setRefusal(error, setError, { t, locale, fields: { password: t.signUp.passwordHint } });
    }
  }

  // The token is the link's, not a field: a malformed one is the same dead link as a spent one.
  if (invalid || errors.token)
    return (
      <div className="space-y-4">
        <p role="alert" className="text-sm text-slate-700">
          {r.invalid}
        </p>
        <Link href="/forgot-password" className="text-sm font-medium text-brand-600 hover:underline">
          {r.again}
        </Link>
      </div>
    );
  return (
    <form className="space-y-4" noValidate onSubmit={(e) => void handleSubmit(save)(e)}>
      <NewPasswordField label={r.password} error={errors.password} {...register("password")} />
      <FormAlert message={errors.root?.message} />
      <Button type="submit" className="w-full" disabled={isSubmitting || !hydrated}>
        {r.submit}
      </Button>
    </form>
  );
}
