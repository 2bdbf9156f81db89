"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { NamePasswordFields } from "@/components/auth/name-password-fields";
import { useI18n } from "@/components/providers";
import { api, ApiError } from "@/components/api/client";
import { setRefusal } from "@/components/auth/refusal-text";
import { useHydrated } from "@/components/ui/use-hydrated";
import { acceptInviteSchema, type AcceptInvite } from "@/lib/account/form-schemas";

/** Joins the workspace (a new person sets a password, an existing one types theirs), then signs in with it. */
export function AcceptInviteForm({ token, email, workspace }: { token: string; email: string; workspace: string }) {
  const { t, locale, fmt } = useI18n();
  const router = useRouter();
  const hydrated = useHydrated();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AcceptInvite>({ resolver: zodResolver(acceptInviteSchema), defaultValues: { token } });

  async function accept(input: AcceptInvite) {
    try {
      await api("/api/invites/accept", { method: "POST", body: input, signInOn401: false });
    } catch (error) {
      // 401: the address has an account and this is not its password.
      if (error instanceof ApiError && error.status === 401)
        return setError("password", { type: "server", message: t.signIn.invalid });
      return setRefusal(error, setError, { t, locale, fields: { password: t.signUp.passwordHint } });
    }
    const result = await signIn("credentials", { email, password: input.password, redirect: false });
    if (!result?.ok) return setError("root", { type: "server", message: t.errors.generic });
    router.replace("/inbox");
    router.refresh();
  }

  return (
    <form className="space-y-4" noValidate onSubmit={(e) => void handleSubmit(accept)(e)}>
      <p className="text-sm font-medium text-slate-800">{fmt(t.invite.join, { workspace })}</p>
      <Field id="invite-email" label={t.signIn.email} value={email} readOnly />
      <NamePasswordFields
        name={register("name")}
        password={register("password")}
        errors={errors}
        passwordHint={t.invite.existingHint}
        passwordAutoComplete="on"
      />
      <FormAlert message={errors.root?.message} />
      <Button type="submit" className="w-full" disabled={isSubmitting || !hydrated}>
        {t.invite.accept}
      </Button>
    </form>
  );
}
