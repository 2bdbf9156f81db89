"use client";

import type { ReactNode } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { fieldErrorText } from "@/components/api/form-errors";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { useI18n } from "@/components/providers";
import { Field } from "@/components/ui/field";

/**
 * The person joining, as sign-up and the invitation ask for them: their name, then (after `children`,
 * sign-up's shop and email) the password, refused by the password rule. The invitation's password may be
 * an existing account's: it passes its own hint and leaves the browser to choose what to fill.
 */
export function NamePasswordFields({
  name,
  password,
  errors,
  passwordHint,
  passwordAutoComplete,
  children,
}: {
  name: UseFormRegisterReturn<"name">;
  password: UseFormRegisterReturn<"password">;
  errors: { name?: FieldError; password?: FieldError };
  passwordHint?: string;
  passwordAutoComplete?: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field
        id="name"
        label={t.signUp.name}
        autoComplete="name"
        required
        error={fieldErrorText(errors.name, { t })}
        {...name}
      />
      {children}
      <NewPasswordField
        label={t.signIn.password}
        hint={passwordHint}
        autoComplete={passwordAutoComplete}
        error={errors.password}
        {...password}
      />
    </>
  );
}
