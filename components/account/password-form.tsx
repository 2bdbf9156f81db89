"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { api, ApiError } from "@/components/api/client";
import { fieldErrorText, setApiErrors } from "@/components/api/form-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { FormAlert } from "@/components/ui/form-alert";
import { useI18n } from "@/components/providers";
import { changePasswordSchema, type ChangePassword } from "@/lib/account/form-schemas";

const EMPTY: ChangePassword = { currentPassword: "", newPassword: "" };

/** A member changes their password; every other session of theirs ends. A wrong current password is marked on it. */
export function PasswordForm() {
  const { t, locale } = useI18n();
  const a = t.security.account;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isSubmitSuccessful },
  } = useForm<ChangePassword>({ resolver: zodResolver(changePasswordSchema) });

  async function change(input: ChangePassword) {
    try {
      await api("/api/account/password", { method: "POST", body: input });
    } catch (error) {
      // The route's one refusal that is a field's without a zod issue: the current password does not match.
      if (error instanceof ApiError && error.reason === "wrong_password")
        return setError("currentPassword", { type: "server", message: a.wrongPassword });
      setApiErrors(error, setError, { t, locale, fields: { newPassword: t.signUp.passwordHint } });
    }
  }
  // Emptied once changed (a reset inside the submit would cancel its success state).
  useEffect(() => {
    if (isSubmitSuccessful) reset(EMPTY, { keepIsSubmitSuccessful: true });
  }, [isSubmitSuccessful, reset]);

  return (
    <form className="space-y-3" noValidate onSubmit={(e) => void handleSubmit(change)(e)}>
      <Field
        id="currentPassword"
        type="password"
        label={a.current}
        autoComplete="current-password"
        required
        error={fieldErrorText(errors.currentPassword, { t })}
        {...register("currentPassword")}
      />
      <NewPasswordField label={a.next} error={errors.newPassword} {...register("newPassword")} />
      {isSubmitSuccessful ? (
        <p role="status" className="text-sm text-green-700">
          {a.changed}
        </p>
      ) : null}
      <FormAlert message={errors.root?.message} />
      <Button type="submit" disabled={isSubmitting}>
        {a.change}
      </Button>
    </form>
  );
}
