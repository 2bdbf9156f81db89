"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useI18n } from "@/components/providers";
import { api } from "@/components/api/client";
import { refusalText } from "@/components/auth/refusal-text";
import { useHydrated } from "@/components/ui/use-hydrated";

// Sign-up only asks for the email to be confirmed: the account and the shop are created from the link.
export function SignUpForm() {
  const { t, locale, fmt } = useI18n();
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  const [error, setError] = useState("");
  const [sentTo, setSentTo] = useState("");
  if (sentTo)
    return (
      <div role="status" className="space-y-2">
        <p className="font-medium text-slate-900">{t.security.signUp.checkEmail}</p>
        <p className="text-sm text-slate-600">{fmt(t.security.signUp.checkEmailText, { email: sentTo })}</p>
      </div>
    );
  return (
    <form
      className="space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const f = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
        setPending(true);
        setError("");
        try {
          await api("/api/signup", { method: "POST", body: { name: f.name, email: f.email, password: f.password, workspaceName: f.workspaceName }, signInOn401: false });
          setSentTo(f.email!);
        } catch (error) {
          setError(refusalText(error, { t, locale }));
        } finally {
          setPending(false);
        }
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
      <Button type="submit" className="w-full" disabled={pending || !hydrated}>
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
