"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useI18n } from "@/components/providers";
import { useSubmitThenSignIn } from "@/components/auth/use-submit";

export function SignUpForm() {
  const { t } = useI18n();
  const { submit, pending, error } = useSubmitThenSignIn("/api/signup");
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const f = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
        void submit({ name: f.name!, email: f.email!, password: f.password!, workspaceName: f.workspaceName! }, f.email!);
      }}
    >
      <Field id="name" label={t.signUp.name} autoComplete="name" required />
      <Field id="workspaceName" label={t.signUp.workspaceName} required />
      <Field id="email" type="email" label={t.signIn.email} autoComplete="email" required />
      <Field id="password" type="password" label={t.signIn.password} hint={t.signUp.passwordHint} minLength={8} autoComplete="new-password" required />
      {error ? (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={pending}>
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
