"use client";

import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { fieldErrorText } from "@/components/api/form-errors";
import { useI18n } from "@/components/providers";
import { Field } from "@/components/ui/field";

/**
 * A password being set: the rule under it (or the caller's hint), and a refusal worded by that rule.
 * `register`'s ref reaches the input.
 */
export function NewPasswordField({
  label,
  error,
  hint,
  autoComplete = "new-password",
  ...registration
}: UseFormRegisterReturn & { label: string; error?: FieldError; hint?: string; autoComplete?: string }) {
  const { t } = useI18n();
  const rule = t.signUp.passwordHint;
  return (
    <Field
      id={registration.name}
      type="password"
      label={label}
      hint={hint ?? rule}
      autoComplete={autoComplete}
      required
      error={fieldErrorText(error, { t, own: rule })}
      {...registration}
    />
  );
}
