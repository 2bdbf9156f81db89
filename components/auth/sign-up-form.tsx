"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { EmailField } from "@/components/auth/email-field";
import { FormAlert } from "@/components/ui/form-alert";
import { NamePasswordFields } from "@/components/auth/name-password-fields";
import { useI18n } from "@/components/providers";
import { api } from "@/components/api/client";
import { fieldErrorText } from "@/components/api/form-errors";
import { setRefusal } from "@/components/auth/refusal-text";
import { useHydrated } from "@/components/ui/use-hydrated";
import { signUpSchema, type SignUp } from "@/lib/account/form-schemas";

// Sign-up only asks for the email to be confirmed: the account and the shop are created from the link.
export function SignUpForm() {
  const { t, locale, fmt } = useI18n();
  const hydrated = useHydrated();
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting, isSubmitSuccessful },
  } = useForm<z.input<typeof signUpSchema>, unknown, SignUp>({ resolver: zodResolver(signUpSchema) });
  const own = { email: t.team.emailInvalid, password: t.signUp.passwordHint };

  async function send(input: SignUp) {
    try {
      await api("/api/signup", { method: "POST", body: input, signInOn401: false });
    } catch (error) {
      setRefusal(error, setError, { t, locale, fields: own });
    }
  }

  if (isSubmitSuccessful)
    return (
      <div role="status" className="space-y-2">
        <p className="font-medium text-slate-900">{t.security.signUp.checkEmail}</p>
        <p className="text-sm text-slate-600">{fmt(t.security.signUp.checkEmailText, { email: getValues("email") })}</p>
      </div>
    );
  return (
    <form className="space-y-4" noValidate onSubmit={(e) => void handleSubmit(send)(e)}>
      <NamePasswordFields name={register("name")} password={register("password")} errors={errors}>
        <Field
          id="workspaceName"
          label={t.signUp.workspaceName}
          required
          error={fieldErrorText(errors.workspaceName, { t })}
          {...register("workspaceName")}
        />
        <EmailField error={errors.email} {...register("email")} />
      </NamePasswordFields>
      <FormAlert message={errors.root?.message} />
      <Button type="submit" className="w-full" disabled={isSubmitting || !hydrated}>
        {t.signUp.submit}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t.signUp.haveAccount}{" "}
        <Link href="/sign-in" className="font-medium text-brand-600 hover:underline">
          {t.signIn.submit}
        </Link>
      </p>
    </form>
  );
}
