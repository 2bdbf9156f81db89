"use client";

import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { fieldErrorText } from "@/components/api/form-errors";
import { useI18n } from "@/components/providers";
import { Field } from "@/components/ui/field";

/** The account's email address, as the sign-in, sign-up and reset forms ask it: any refusal says the address is invalid. */
export function EmailField({
  error,
  defaultValue,
  ...registration
}: UseFormRegisterReturn<"email"> & { error?: FieldError; defaultValue?: string }) {
  const { t } = useI18n();
  return (
    <Field
      id="email"
      type="email"
      label={t.signIn.email}
      autoComplete="email"
      defaultValue={defaultValue}
      required
      error={fieldErrorText(error, { t, own: t.team.emailInvalid })}
      {...registration}
    />
  );
}
